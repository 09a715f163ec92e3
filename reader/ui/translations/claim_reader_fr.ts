<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR" sourcelanguage="en">
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
</TS>
