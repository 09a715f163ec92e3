<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR" sourcelanguage="en">
<context>
    <name>About</name>
    <message>
        <source>none (rules only)</source>
        <translation>aucun (règles seules)</translation>
    </message>
    <message>
        <source>About Claim Reader</source>
        <translation>À propos de Claim Reader</translation>
    </message>
    <message>
        <source>&lt;p&gt;Who said what in a news article: direct quotes, reported speech and unattributed assertions.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Qui a dit quoi dans un article de presse : citations directes, discours rapporté et affirmations non attribuées.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Language pipelines:&lt;/b&gt; %1&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Modèles de langue :&lt;/b&gt; %1&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Settings:&lt;/b&gt; %1&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Réglages :&lt;/b&gt; %1&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>AnalysisDisplay</name>
    <message>
        <source>Drawing the claims…</source>
        <translation>Affichage des affirmations…</translation>
    </message>
</context>
<context>
    <name>AnalysisTask</name>
    <message>
        <source>The analysis ran out of memory or was stopped; try a shorter article or reload.</source>
        <translation>L&apos;analyse a manqué de mémoire ou a été arrêtée ; essayez un article plus court ou rechargez.</translation>
    </message>
    <message>
        <source>The analysis failed</source>
        <translation>L&apos;analyse a échoué</translation>
    </message>
    <message>
        <source>Analysing…</source>
        <translation>Analyse en cours…</translation>
    </message>
</context>
<context>
    <name>ArticleNarration</name>
    <message>
        <source>Article</source>
        <translation>Article</translation>
    </message>
    <message>
        <source>The article text, its claims coloured by kind; move the caret into a claim to hear its kind and source</source>
        <translation>Le texte de l&apos;article, ses affirmations colorées selon leur type ; placez le curseur dans une affirmation pour entendre son type et sa source</translation>
    </message>
</context>
<context>
    <name>ClaimFilterBar</name>
    <message>
        <source>Search claims and sources</source>
        <translation>Chercher dans les affirmations et les sources</translation>
    </message>
    <message>
        <source>Show: %1</source>
        <translation>Afficher : %1</translation>
    </message>
    <message>
        <source>Show or hide this kind (%1) in the text and in this list</source>
        <translation>Afficher ou masquer ce type (%1) dans le texte et dans cette liste</translation>
    </message>
    <message>
        <source>Show the claims marked</source>
        <translation>Afficher les affirmations marquées</translation>
    </message>
    <message>
        <source>Show only the claims marked one way, or not marked yet, in this list and in the text</source>
        <translation>N&apos;afficher, dans cette liste et dans le texte, que les affirmations marquées d&apos;une façon, ou pas encore marquées</translation>
    </message>
    <message>
        <source>All marks</source>
        <translation>Toutes les marques</translation>
    </message>
    <message>
        <source>Marked</source>
        <translation>Marquées</translation>
    </message>
    <message>
        <source>Not marked</source>
        <translation>Non marquées</translation>
    </message>
</context>
<context>
    <name>ClaimList</name>
    <message>
        <source>Claims in reading order</source>
        <translation>Affirmations dans l&apos;ordre de lecture</translation>
    </message>
    <message>
        <source>Mark: %1</source>
        <translation>Marque : %1</translation>
    </message>
    <message>
        <source>source: %1</source>
        <translation>source : %1</translation>
    </message>
</context>
<context>
    <name>ClaimMenu</name>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Copier</translation>
    </message>
    <message>
        <source>Copy as C&amp;itation</source>
        <translation>Copier comme c&amp;itation</translation>
    </message>
    <message>
        <source>Go to &amp;Source</source>
        <translation>Aller à la &amp;source</translation>
    </message>
    <message>
        <source>Show in &amp;Text</source>
        <translation>Montrer dans le &amp;texte</translation>
    </message>
    <message>
        <source>Mark as C&amp;hecked</source>
        <translation>Marquer comme &amp;vérifiée</translation>
    </message>
    <message>
        <source>Mark as T&amp;o Check</source>
        <translation>Marquer comme à vé&amp;rifier</translation>
    </message>
    <message>
        <source>Mark as &amp;Disputed</source>
        <translation>Marquer comme &amp;contestée</translation>
    </message>
    <message>
        <source>&amp;Note and Link…</source>
        <translation>&amp;Note et lien…</translation>
    </message>
    <message>
        <source>&amp;Remove Mark</source>
        <translation>&amp;Retirer la marque</translation>
    </message>
    <message>
        <source>Claim</source>
        <translation>Affirmation</translation>
    </message>
    <message>
        <source>Marks Are Off</source>
        <translation>Marques désactivées</translation>
    </message>
</context>
<context>
    <name>ClaimsPanel</name>
    <message>
        <source>Claims panel</source>
        <translation>Panneau des affirmations</translation>
    </message>
    <message>
        <source>No article open.</source>
        <translation>Aucun article ouvert.</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Résumé</translation>
    </message>
    <message>
        <source>No claim matches</source>
        <translation>Aucune affirmation ne correspond</translation>
    </message>
    <message>
        <source>In reading order</source>
        <translation>Dans l&apos;ordre de lecture</translation>
    </message>
    <message>
        <source>By source</source>
        <translation>Par source</translation>
    </message>
    <message>
        <source>No claim matches “%1”.</source>
        <translation>Aucune affirmation ne correspond à « %1 ».</translation>
    </message>
    <message>
        <source>No claim of the kinds and marks shown.</source>
        <translation>Aucune affirmation des types et marques affichés.</translation>
    </message>
</context>
<context>
    <name>ErrorReporter</name>
    <message>
        <source>Something went wrong</source>
        <translation>Une erreur inattendue s&apos;est produite</translation>
    </message>
</context>
<context>
    <name>ExportActions</name>
    <message>
        <source>Cannot write %1: %2.</source>
        <translation>Impossible d&apos;écrire %1 : %2.</translation>
    </message>
    <message>
        <source>Export the claims shown</source>
        <translation>Exporter les affirmations affichées</translation>
    </message>
    <message>
        <source>Export the analysis</source>
        <translation>Exporter l&apos;analyse</translation>
    </message>
    <message>
        <source>The export would overwrite the article; choose another name.</source>
        <translation>L&apos;export écraserait l&apos;article ; choisissez un autre nom.</translation>
    </message>
    <message>
        <source>Exported to %1.</source>
        <translation>Exporté dans %1.</translation>
    </message>
    <message>
        <source>Exported the %1 claims shown of %2 to %3.</source>
        <translation>Les %1 affirmations affichées sur %2 ont été exportées dans %3.</translation>
    </message>
    <message>
        <source>Save as PDF</source>
        <translation>Enregistrer en PDF</translation>
    </message>
    <message>
        <source>The PDF would overwrite the article; choose another name.</source>
        <translation>Le PDF écraserait l&apos;article ; choisissez un autre nom.</translation>
    </message>
    <message>
        <source>Saved %1.</source>
        <translation>%1 enregistré.</translation>
    </message>
</context>
<context>
    <name>FindBar</name>
    <message>
        <source>Find in the article</source>
        <translation>Chercher dans l&apos;article</translation>
    </message>
    <message>
        <source>No match</source>
        <translation>Aucun résultat</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 sur %2</translation>
    </message>
    <message>
        <source>Matches</source>
        <translation>Résultats</translation>
    </message>
    <message>
        <source>Previous match (Shift+F3)</source>
        <translation>Résultat précédent (Maj+F3)</translation>
    </message>
    <message>
        <source>Next match (F3)</source>
        <translation>Résultat suivant (F3)</translation>
    </message>
    <message>
        <source>Close (Escape)</source>
        <translation>Fermer (Échap)</translation>
    </message>
</context>
<context>
    <name>FolderReport</name>
    <message>
        <source>&lt;h2&gt;Articles&lt;/h2&gt;&lt;table&gt;&lt;tr&gt;&lt;th&gt;Article&lt;/th&gt;&lt;th&gt;Claims&lt;/th&gt;&lt;th&gt;Sources&lt;/th&gt;&lt;/tr&gt;</source>
        <translation>&lt;h2&gt;Articles&lt;/h2&gt;&lt;table&gt;&lt;tr&gt;&lt;th&gt;Article&lt;/th&gt;&lt;th&gt;Affirmations&lt;/th&gt;&lt;th&gt;Sources&lt;/th&gt;&lt;/tr&gt;</translation>
    </message>
    <message>
        <source>Not analysed</source>
        <translation>Non analysés</translation>
    </message>
    <message>
        <source>Analyse a Folder</source>
        <translation>Analyser un dossier</translation>
    </message>
</context>
<context>
    <name>FolderReportDialog</name>
    <message>
        <source>Who gets quoted in %1</source>
        <translation>Qui est cité dans %1</translation>
    </message>
    <message>
        <source>Analysing %1 articles…</source>
        <translation>Analyse de %1 articles…</translation>
    </message>
    <message>
        <source>This folder holds no article file.</source>
        <translation>Ce dossier ne contient aucun fichier d&apos;article.</translation>
    </message>
    <message>
        <source>Analysed %1 of %2 articles…</source>
        <translation>%1 articles analysés sur %2…</translation>
    </message>
    <message>
        <source>Cancelling after the articles under way…</source>
        <translation>Annulation après les articles en cours…</translation>
    </message>
    <message>
        <source>%1 of %2 articles analysed</source>
        <translation>%1 articles analysés sur %2</translation>
    </message>
    <message>
        <source>, %1 could not be</source>
        <translation>, %1 n&apos;ont pas pu l&apos;être</translation>
    </message>
    <message>
        <source>Cancelled: %1.</source>
        <translation>Annulé : %1.</translation>
    </message>
    <message>
        <source>%1.</source>
        <translation>%1.</translation>
    </message>
</context>
<context>
    <name>HelpPage</name>
    <message>
        <source>How to read the colours</source>
        <translation>Comment lire les couleurs</translation>
    </message>
    <message>
        <source>&lt;p&gt;Every sentence the article states is one of three kinds of claim.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Chaque phrase de l&apos;article relève de l&apos;un de trois types d&apos;affirmation.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;Each kind has its own stroke, so that the kinds can be told apart without colour, on screen and on a page printed in grey: a &lt;b&gt;solid&lt;/b&gt; line under direct quotes, a &lt;b&gt;double&lt;/b&gt; line under reported speech, &lt;b&gt;dashes&lt;/b&gt; under unattributed assertions. The left margin repeats the strokes of the kinds on each line as short bars, one column per kind.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Chaque type a son propre trait, pour qu&apos;on puisse les distinguer sans la couleur, à l&apos;écran comme sur une page imprimée en gris : un trait &lt;b&gt;plein&lt;/b&gt; sous les citations directes, un trait &lt;b&gt;double&lt;/b&gt; sous le discours rapporté, des &lt;b&gt;tirets&lt;/b&gt; sous les affirmations non attribuées. La marge de gauche reprend, en courtes barres, les traits des types présents sur chaque ligne, une colonne par type.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Bold&lt;/b&gt; words are the &lt;b&gt;source&lt;/b&gt; (who said it) and the &lt;b&gt;cue&lt;/b&gt; (the verb or « selon » that credits it), underlined in their claim&apos;s colour.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Les mots en &lt;b&gt;gras&lt;/b&gt; sont la &lt;b&gt;source&lt;/b&gt; (qui l&apos;a dit) et le &lt;b&gt;verbe introducteur&lt;/b&gt; (le verbe ou le « selon » qui lui attribue les propos), soulignés de la couleur de leur affirmation.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;i&gt;Italic&lt;/i&gt; claims are &lt;b&gt;hedged&lt;/b&gt;: conditional, « selon », “may”, “reportedly”; the article does not vouch for them.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Les affirmations en &lt;i&gt;italique&lt;/i&gt; sont &lt;b&gt;au conditionnel&lt;/b&gt; ou nuancées (« selon », « pourrait », « aurait ») : l&apos;article ne s&apos;en porte pas garant.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;Rest the mouse on a claim to see its source, what a pronoun refers to (« l&apos;un d&apos;eux → les membres du régiment »), its cue and whether it is hedged. The panel on the right lists every claim; click one to find it in the text, or click in the text to find it in the panel. F8 and Shift+F8 step through the claims.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Laissez la souris sur une affirmation pour voir sa source, ce que désigne un pronom (« l&apos;un d&apos;eux → les membres du régiment »), son verbe introducteur et si elle est au conditionnel. Le panneau de droite liste toutes les affirmations : cliquez sur l&apos;une d&apos;elles pour la retrouver dans le texte, ou cliquez dans le texte pour la retrouver dans le panneau. F8 et Maj+F8 passent d&apos;une affirmation à l&apos;autre.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;Right-click a claim to mark it as checked, to check or disputed, with a note and a link: the mark&apos;s sign (%1) shows in the margin beside the claim&apos;s first line and at the start of its row in the panel, its note in the row&apos;s tooltip. The panel can show only the claims marked one way, and the text then colours only those. Marks are kept on this computer, never in the article.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Un clic droit sur une affirmation permet de la marquer comme vérifiée, à vérifier ou contestée, avec une note et un lien : le signe de la marque (%1) s&apos;affiche dans la marge, à côté de la première ligne de l&apos;affirmation, et au début de sa ligne dans le panneau ; sa note, dans l&apos;infobulle de la ligne. Le panneau peut n&apos;afficher que les affirmations marquées d&apos;une façon ; le texte ne colore alors que celles-ci. Les marques sont conservées sur cet ordinateur, jamais dans l&apos;article.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;Ctrl+F finds words in the article (Enter or F3 for the next match, Shift+Enter or Shift+F3 for the previous, Escape to close); Ctrl+Shift+F filters the claims listed. Both ignore case, accents and the shape of apostrophes.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Ctrl+F cherche des mots dans l&apos;article (Entrée ou F3 pour le résultat suivant, Maj+Entrée ou Maj+F3 pour le précédent, Échap pour fermer) ; Ctrl+Maj+F filtre les affirmations listées. Les deux ignorent la casse, les accents et la forme des apostrophes.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;The analysis is automatic and can be wrong: it is a reading aid, not a verdict.&lt;/p&gt;</source>
        <translation>&lt;p&gt;L&apos;analyse est automatique et peut se tromper : c&apos;est une aide à la lecture, pas un verdict.&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>Legend</name>
    <message>
        <source>Legend</source>
        <translation>Légende</translation>
    </message>
    <message>
        <source>&lt;i&gt;italic&lt;/i&gt;: hedged · &lt;b&gt;bold&lt;/b&gt;: source and cue</source>
        <translation>&lt;i&gt;italique&lt;/i&gt; : conditionnel · &lt;b&gt;gras&lt;/b&gt; : source et verbe introducteur</translation>
    </message>
    <message>
        <source>A marked claim&apos;s sign, in the margin beside its first line and at the start of its row in the panel</source>
        <translation>Le signe d&apos;une affirmation marquée, dans la marge à côté de sa première ligne et au début de sa ligne dans le panneau</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Sources</source>
        <translation>Sources</translation>
    </message>
    <message>
        <source>Open an article</source>
        <translation>Ouvrir un article</translation>
    </message>
    <message>
        <source>Articles (%1);;All files (*)</source>
        <translation>Articles (%1);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Analysis cancelled.</source>
        <translation>Analyse annulée.</translation>
    </message>
    <message>
        <source>Finding the claims…</source>
        <translation>Recherche des affirmations…</translation>
    </message>
    <message>
        <source>This article looks %1, but you chose to analyse it as %2.</source>
        <translation>Cet article semble en %1, mais vous avez choisi de l&apos;analyser en %2.</translation>
    </message>
    <message>
        <source>Analyse as %1</source>
        <translation>Analyser en %1</translation>
    </message>
    <message>
        <source>%1 changed on disk.</source>
        <translation>%1 a été modifié sur le disque.</translation>
    </message>
    <message>
        <source>Reload</source>
        <translation>Recharger</translation>
    </message>
    <message>
        <source>%1 was deleted or moved. The text shown is the version last read.</source>
        <translation>%1 a été supprimé ou déplacé. Le texte affiché est la dernière version lue.</translation>
    </message>
</context>
<context>
    <name>MarkDialog</name>
    <message>
        <source>Mark, Note and Link</source>
        <translation>Marque, note et lien</translation>
    </message>
    <message>
        <source>No mark</source>
        <translation>Aucune marque</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Link</source>
        <translation>Lien</translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation>&amp;Note :</translation>
    </message>
    <message>
        <source>&amp;Link:</source>
        <translation>&amp;Lien :</translation>
    </message>
</context>
<context>
    <name>Menus</name>
    <message>
        <source>&amp;Automatic</source>
        <translation>&amp;Automatique</translation>
    </message>
    <message>
        <source>&amp;French</source>
        <translation>&amp;Français</translation>
    </message>
    <message>
        <source>&amp;English</source>
        <translation>&amp;Anglais</translation>
    </message>
    <message>
        <source>&amp;System</source>
        <translation>Du &amp;système</translation>
    </message>
    <message>
        <source>&amp;Light</source>
        <translation>&amp;Clair</translation>
    </message>
    <message>
        <source>&amp;Dark</source>
        <translation>&amp;Sombre</translation>
    </message>
    <message>
        <source>&amp;Automatic (System)</source>
        <translation>&amp;Automatique (celle du système)</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>É&amp;dition</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>Affic&amp;hage</translation>
    </message>
    <message>
        <source>Article &amp;Language</source>
        <translation>&amp;Langue de l&apos;article</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Aide</translation>
    </message>
    <message>
        <source>How to Read the &amp;Colours</source>
        <translation>Comment lire les &amp;couleurs</translation>
    </message>
    <message>
        <source>&amp;About Claim Reader</source>
        <translation>À &amp;propos de Claim Reader</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>&amp;Ouvrir…</translation>
    </message>
    <message>
        <source>Analyse a &amp;Folder…</source>
        <translation>Analyser un &amp;dossier…</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>Fichiers &amp;récents</translation>
    </message>
    <message>
        <source>Re&amp;load</source>
        <translation>Re&amp;charger</translation>
    </message>
    <message>
        <source>&amp;Export Analysis…</source>
        <translation>&amp;Exporter l&apos;analyse…</translation>
    </message>
    <message>
        <source>Export Only the Claims &amp;Shown</source>
        <translation>N&apos;exporter que les affirmations &amp;affichées</translation>
    </message>
    <message>
        <source>Exports hold only the claims the panel&apos;s kinds, search and marks filters show</source>
        <translation>Les exports ne contiennent que les affirmations que les filtres du panneau (types, recherche, marques) affichent</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>&amp;Imprimer…</translation>
    </message>
    <message>
        <source>Save as P&amp;DF…</source>
        <translation>Enregistrer en P&amp;DF…</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Fermer</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Copier</translation>
    </message>
    <message>
        <source>Select &amp;All</source>
        <translation>&amp;Tout sélectionner</translation>
    </message>
    <message>
        <source>&amp;Find…</source>
        <translation>&amp;Rechercher…</translation>
    </message>
    <message>
        <source>Find &amp;Next</source>
        <translation>Occurrence &amp;suivante</translation>
    </message>
    <message>
        <source>Find Pre&amp;vious</source>
        <translation>Occurrence &amp;précédente</translation>
    </message>
    <message>
        <source>Find in C&amp;laims…</source>
        <translation>Rechercher dans les a&amp;ffirmations…</translation>
    </message>
    <message>
        <source>Zoom &amp;In</source>
        <translation>Zoom a&amp;vant</translation>
    </message>
    <message>
        <source>Zoom &amp;Out</source>
        <translation>Zoom a&amp;rrière</translation>
    </message>
    <message>
        <source>&amp;Reset Zoom</source>
        <translation>Taille &amp;normale</translation>
    </message>
    <message>
        <source>&amp;Theme</source>
        <translation>&amp;Thème</translation>
    </message>
    <message>
        <source>&amp;Interface Language</source>
        <translation>&amp;Langue de l&apos;interface</translation>
    </message>
    <message>
        <source>Show Claims &amp;Panel</source>
        <translation>Afficher le &amp;panneau des affirmations</translation>
    </message>
    <message>
        <source>&amp;Next Claim</source>
        <translation>Affirmation &amp;suivante</translation>
    </message>
    <message>
        <source>Pre&amp;vious Claim</source>
        <translation>Affirmation &amp;précédente</translation>
    </message>
    <message>
        <source>Focus &amp;Article</source>
        <translation>Aller à l&apos;&amp;article</translation>
    </message>
    <message>
        <source>Focus Claims &amp;List</source>
        <translation>Aller à la liste des a&amp;ffirmations</translation>
    </message>
    <message>
        <source>The language of menus and messages, used from the next start; the article&apos;s language is in the Article Language menu</source>
        <translation>La langue des menus et des messages, appliquée au prochain démarrage ; celle de l&apos;article se choisit dans le menu Langue de l&apos;article</translation>
    </message>
    <message>
        <source>The interface will be in the chosen language from the next start.</source>
        <translation>L&apos;interface sera dans la langue choisie au prochain démarrage.</translation>
    </message>
</context>
<context>
    <name>MessageBar</name>
    <message>
        <source>Message</source>
        <translation>Message</translation>
    </message>
    <message>
        <source>Dismiss message</source>
        <translation>Fermer le message</translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <source>Usual colours</source>
        <translation>Couleurs habituelles</translation>
    </message>
    <message>
        <source>High contrast</source>
        <translation>Contraste élevé</translation>
    </message>
    <message>
        <source>Greyscale, for printing</source>
        <translation>Niveaux de gris, pour l&apos;impression</translation>
    </message>
    <message>
        <source>Built-in reading font</source>
        <translation>Police de lecture intégrée</translation>
    </message>
    <message>
        <source>Preferences</source>
        <translation>Préférences</translation>
    </message>
    <message>
        <source>Text size</source>
        <translation>Taille du texte</translation>
    </message>
    <message>
        <source>The size of all the window&apos;s text: menus, panel, legend</source>
        <translation>La taille de tout le texte de la fenêtre : menus, panneau, légende</translation>
    </message>
    <message>
        <source>&amp;Text size:</source>
        <translation>&amp;Taille du texte :</translation>
    </message>
    <message>
        <source>Reading &amp;font:</source>
        <translation>&amp;Police de lecture :</translation>
    </message>
    <message>
        <source>Line spacing</source>
        <translation>Interligne</translation>
    </message>
    <message>
        <source>&amp;Line spacing:</source>
        <translation>&amp;Interligne :</translation>
    </message>
    <message>
        <source> characters</source>
        <translation> caractères</translation>
    </message>
    <message>
        <source>Column width</source>
        <translation>Largeur de colonne</translation>
    </message>
    <message>
        <source>The width of the reading column; the rest of the page is margin</source>
        <translation>La largeur de la colonne de lecture ; le reste de la page est marge</translation>
    </message>
    <message>
        <source>&amp;Column width:</source>
        <translation>Largeur de &amp;colonne :</translation>
    </message>
    <message>
        <source>Claim &amp;colours:</source>
        <translation>Co&amp;uleurs des affirmations :</translation>
    </message>
    <message>
        <source>&amp;Preferences…</source>
        <translation>&amp;Préférences…</translation>
    </message>
</context>
<context>
    <name>PrintedKey</name>
    <message>
        <source>Key: </source>
        <translation>Légende&#xa0;: </translation>
    </message>
    <message>
        <source>the left margin repeats each line&apos;s underlines · bold: source and cue · italic: hedged. Marked by Claim Reader on %1.</source>
        <translation>la marge de gauche reprend les soulignements de chaque ligne · gras : source et verbe introducteur · italique : conditionnel. Annoté par Claim Reader le %1.</translation>
    </message>
</context>
<context>
    <name>Printing</name>
    <message>
        <source>%1 · Claim Reader, %2 · page %3 of %4</source>
        <translation>%1 · Claim Reader, %2 · page %3 sur %4</translation>
    </message>
</context>
<context>
    <name>RecentFiles</name>
    <message>
        <source>&amp;Clear Recent Files</source>
        <translation>&amp;Effacer les fichiers récents</translation>
    </message>
</context>
<context>
    <name>SourceTree</name>
    <message>
        <source>Claims by source</source>
        <translation>Affirmations par source</translation>
    </message>
</context>
<context>
    <name>SourcesChart</name>
    <message>
        <source>Sources chart</source>
        <translation>Graphique des sources</translation>
    </message>
</context>
<context>
    <name>SourcesTab</name>
    <message>
        <source>person</source>
        <translation>personne</translation>
    </message>
    <message>
        <source>organisation</source>
        <translation>organisation</translation>
    </message>
    <message>
        <source>media</source>
        <translation>média</translation>
    </message>
    <message>
        <source>document</source>
        <translation>document</translation>
    </message>
    <message>
        <source>anonymous</source>
        <translation>anonyme</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>inconnu</translation>
    </message>
    <message>
        <source>female</source>
        <translation>femme</translation>
    </message>
    <message>
        <source>male</source>
        <translation>homme</translation>
    </message>
    <message>
        <source>gender unknown</source>
        <translation>genre inconnu</translation>
    </message>
    <message>
        <source>No article open.</source>
        <translation>Aucun article ouvert.</translation>
    </message>
    <message>
        <source>Shares credited</source>
        <translation>Parts attribuées</translation>
    </message>
    <message>
        <source>The article credits nothing to anyone.</source>
        <translation>L&apos;article n&apos;attribue rien à personne.</translation>
    </message>
    <message>
        <source>: </source>
        <translation>&#xa0;: </translation>
    </message>
</context>
<context>
    <name>StatusLine</name>
    <message>
        <source>Still analysing: first results from the word rules; sources may change…</source>
        <translation>Analyse en cours : premiers résultats des règles de mots ; les sources peuvent changer…</translation>
    </message>
    <message>
        <source>Analysis progress</source>
        <translation>Progression de l&apos;analyse</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Cancel the analysis</source>
        <translation>Annuler l&apos;analyse</translation>
    </message>
    <message>
        <source>Claims shown and zoom</source>
        <translation>Affirmations affichées et zoom</translation>
    </message>
    <message>
        <source>Opening…</source>
        <translation>Ouverture…</translation>
    </message>
    <message>
        <source>Zoom %1%</source>
        <translation>Zoom %1&#x202f;%</translation>
    </message>
    <message>
        <source>%1 of %2 shown</source>
        <translation>%1 sur %2 affichées</translation>
    </message>
</context>
<context>
    <name>WelcomePage</name>
    <message>
        <source>text, Markdown, a saved web page, Word, OpenDocument, EPUB or PDF</source>
        <translation>texte, Markdown, page web enregistrée, Word, OpenDocument, EPUB ou PDF</translation>
    </message>
    <message>
        <source>Welcome</source>
        <translation>Accueil</translation>
    </message>
    <message>
        <source>&lt;h2&gt;See who said what in a news article&lt;/h2&gt;</source>
        <translation>&lt;h2&gt;Voir qui a dit quoi dans un article de presse&lt;/h2&gt;</translation>
    </message>
    <message>
        <source>Open an Article…</source>
        <translation>Ouvrir un article…</translation>
    </message>
    <message>
        <source>or drop a file on this window: %1.</source>
        <translation>ou déposez un fichier sur cette fenêtre : %1.</translation>
    </message>
    <message>
        <source>Try the Sample Article</source>
        <translation>Essayer l&apos;article d&apos;exemple</translation>
    </message>
    <message>
        <source>A French news article, to see what the colours mean</source>
        <translation>Un article de presse français, pour voir ce que signifient les couleurs</translation>
    </message>
    <message>
        <source>&lt;b&gt;Recent articles&lt;/b&gt;</source>
        <translation>&lt;b&gt;Articles récents&lt;/b&gt;</translation>
    </message>
</context>
</TS>
