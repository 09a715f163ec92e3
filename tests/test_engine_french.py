"""The engine on French: quotes, reported speech, sources, pronouns and hedging."""

from pathlib import Path

from reader.analysis import analyze
from reader.document import load_document

SEED = Path(__file__).parent.parent / "seeds" / "000_7920a463ad4fbc9f.txt"


def only(analysis, kind):
    return [c for c in analysis.claims if c.kind == kind]


def test_colon_introduced_quote(french):
    [claim] = french("La ministre a déclaré : « Nous allons réformer le système cette année. »").claims
    assert claim.kind == "direct"
    assert claim.text == "Nous allons réformer le système cette année."
    assert (claim.source.text, claim.source.type, claim.cue.text) == ("La ministre", "person", "déclaré")


def test_quote_split_by_its_incise_is_one_claim(french):
    [claim] = french("« Nous combattons, dit-il, et nous mourons pour rien », a expliqué le soldat.").claims
    assert claim.text == "Nous combattons, dit-il, et nous mourons pour rien"
    assert claim.source.text == "le soldat"


def test_reported_speech_with_apposition_and_resolved_pronoun(french):
    analysis = french("Élisabeth Borne, la Première ministre, a déclaré que la réforme serait adoptée. "
                      "Elle a ajouté que le texte était prêt.")
    first, second = only(analysis, "reported")
    assert (first.text, first.source.text, first.cue.text) == (
        "la réforme serait adoptée", "Élisabeth Borne", "déclaré")
    assert first.hedged
    assert (second.text, second.source.text, second.source.resolved) == (
        "le texte était prêt", "Elle", "Élisabeth Borne")
    assert not second.hedged


def test_scare_quotes_are_part_of_an_unattributed_sentence(french):
    [claim] = french("Ce sont les «escouades de la mort» russes qui les fusillent.").claims
    assert claim.kind == "unattributed"


def test_recording_is_the_source(french):
    [claim] = french("« Aujourd'hui, un homme de notre régiment s'est pendu », peut-on entendre dans la vidéo.").claims
    assert claim.kind == "direct"
    assert (claim.source.text, claim.source.type) == ("la vidéo", "document")


def test_floating_quote_takes_the_previous_speaker(french):
    analysis = french("« Nous avons gagné cette bataille difficile », a déclaré Jean Dupont.\n\n"
                      "« Nous gagnerons aussi la prochaine, sans aucun doute. »")
    first, second = analysis.claims
    assert first.source.text == "Jean Dupont"
    assert second.kind == "direct" and second.source.name == "Jean Dupont" and second.cue is None


def test_seed_article(french):
    analysis = analyze(load_document(SEED), "fr", *_loaded(french))
    direct = only(analysis, "direct")
    assert len(direct) == 4
    assert analysis.metadata["date"] == "2023-09"
    assert not analysis.text.startswith(" date")
    first = analysis.claims[0]
    assert first.kind == "reported" and first.text.startswith("Un groupe de soldats russes")
    assert first.text.endswith("combattre en Ukraine")
    assert (first.source.text, first.source.type, first.cue.text) == ("le Daily Mail", "media", "rapporte")
    nested = analysis.claims[1]
    assert nested.text.startswith("plusieurs de leurs frères") and nested.source.text == "ils"
    clame = direct[0]
    assert clame.source.text == "l’un d’eux"
    assert clame.source.resolved == "Les membres du 1442e régiment"
    hedged = [c for c in only(analysis, "unattributed") if c.text.startswith("C’est en raison")]
    assert len(hedged) == 1 and hedged[0].hedged
    for claim in analysis.claims:
        assert analysis.text[claim.start:claim.end] == claim.text


def _loaded(french):
    """The pipeline behind the french fixture, to analyse a whole file with it."""
    from reader.pipelines import installed_pipeline, load_pipeline

    info = installed_pipeline("fr")
    return load_pipeline(info.name), info.label


def test_aliases_and_pronouns_share_one_entity(french):
    claims = french("Élisabeth Borne a déclaré que la réforme était prête. "
                    "Le syndicat estime que le texte est injuste. "
                    "Borne a ajouté que le vote aurait lieu demain. "
                    "Elle a précisé que le calendrier était tenu.").claims
    entities = [(c.source.text, c.source.entity) for c in claims]
    borne = entities[0][1]
    assert entities == [("Élisabeth Borne", borne), ("Le syndicat", entities[1][1]),
                        ("Borne", borne), ("Elle", borne)]
    assert entities[1][1] != borne


def test_quote_after_a_colon_takes_the_person_named_before_it(french):
    analysis = french("L'avis est le même à Lyon pour la directrice de l'école Marie Dubois : "
                      "« Nous ne comprenons pas du tout cette décision ».")
    [claim] = analysis.claims
    assert claim.kind == "direct" and claim.source.text == "Marie Dubois"


def test_mixed_quote_with_incise_is_reported(french):
    text = ("Des sanctions pour les pays surendettés « empêcheront l'Italie de finir comme la Grèce », "
            "a fait valoir le chancelier.")
    [claim] = french(text).claims
    assert (claim.kind, claim.text) == (
        "reported", "Des sanctions pour les pays surendettés « empêcheront l'Italie de finir comme la Grèce »")
    assert (claim.source.text, claim.cue.text) == ("le chancelier", "fait")


def test_quote_after_an_adverbial_and_comma_stays_direct(french):
    text = "Jusqu'en fin de matinée, « la circulation restera coupée dans les deux sens », estime la préfecture."
    [claim] = french(text).claims
    assert (claim.kind, claim.text, claim.source.text) == (
        "direct", "la circulation restera coupée dans les deux sens", "la préfecture")


def test_quote_after_que_is_reported(french):
    text = "Le ministre a assuré qu'il n'y avait « aucun tabou sur les privatisations »."
    [claim] = french(text).claims
    assert (claim.kind, claim.text, claim.source.text) == (
        "reported", "il n'y avait « aucun tabou sur les privatisations »", "Le ministre")


def test_inverted_speaker_is_read_after_the_cue(french):
    text = ("« Je n'en vois pas l'intérêt. Ce serait une concurrence pour les bars », "
            "détaille Dogan Sirimsi, le gérant de la discothèque.")
    [claim] = french(text).claims
    assert (claim.kind, claim.source.text, claim.cue.text) == ("direct", "Dogan Sirimsi", "détaille")


def test_a_t_elle_pronoun_resolves_to_the_person_not_her_institution(french):
    text = ("Christine Lagarde, directrice générale du Fonds monétaire international (FMI), "
            "s'est exprimée mardi. « Les tensions représentent une menace sur l'économie mondiale », "
            "a-t-elle estimé.")
    [claim] = [c for c in french(text).claims if c.kind == "direct"]
    assert (claim.source.text, claim.source.resolved) == ("elle", "Christine Lagarde")


def test_content_stops_at_a_colon_before_a_quotation(french):
    text = ("Christine Lagarde a jugé mardi que les tensions commerciales doivent s'apaiser : "
            "« Elles représentent une menace sur l'économie mondiale », a-t-elle ajouté.")
    reported, direct = french(text).claims
    assert (reported.kind, reported.text) == ("reported", "les tensions commerciales doivent s'apaiser")
    assert direct.kind == "direct" and direct.source.resolved == "Christine Lagarde"


def test_participle_cue_shares_the_speaker_before_it(french):
    text = ("« Nous continuerons de nous mobiliser mercredi », a poursuivi Ricardin St Jean, "
            "soulignant que des responsables de stations d'essence ont stocké du carburant.")
    direct, reported = french(text).claims
    assert (direct.kind, direct.source.text) == ("direct", "Ricardin St Jean")
    assert (reported.kind, reported.cue.text, reported.source.text) == (
        "reported", "soulignant", "Ricardin St Jean")
    assert reported.text == "des responsables de stations d'essence ont stocké du carburant"


def test_reflexive_inverted_cue(french):
    text = ("« Fermer une discothèque à minuit, c'est un peu ridicule », s'exclame Franco Vinciguerra, "
            "le patron du Stage Club.")
    [claim] = french(text).claims
    assert (claim.source.text, claim.cue.text) == ("Franco Vinciguerra", "exclame")


def test_que_clause_runs_past_the_comma_the_parser_stops_at(french):
    text = "Mardi, la Commission a confirmé qu'outre-Rhin, le PIB ne pourrait croître que de 0,5 % en 2019."
    [claim] = french(text).claims
    assert (claim.kind, claim.text, claim.source.text) == (
        "reported", "outre-Rhin, le PIB ne pourrait croître que de 0,5 % en 2019", "la Commission")
    assert claim.hedged


def test_announced_object_runs_to_the_end_of_the_clause(french):
    text = "Il a annoncé l'arrivée, le 28 avril, de deux bateaux transportant des produits pétroliers."
    [claim] = french(text).claims
    assert (claim.kind, claim.text) == (
        "reported", "l'arrivée, le 28 avril, de deux bateaux transportant des produits pétroliers")


def test_title_after_a_named_person_is_that_person(french):
    text = ("Élisabeth Borne, la Première ministre, a déclaré que le texte serait adopté. "
            "« Nous irons jusqu'au bout », a ajouté la Première ministre.")
    reported, direct = french(text).claims
    assert (direct.source.text, direct.source.resolved) == ("la Première ministre", "Élisabeth Borne")
    assert direct.source.entity == reported.source.entity


def test_ceux_ci_resolves_to_the_group_named_as_subject(french):
    text = "Les enseignants sont en grève depuis lundi. Ceux-ci estiment que leurs salaires sont trop bas."
    claim = french(text).claims[1]
    assert (claim.kind, claim.source.text, claim.source.resolved) == ("reported", "Ceux-ci", "Les enseignants")


def test_selon_toute_vraisemblance_hedges_and_names_no_one(french):
    [claim] = french("Le suspect aurait, selon toute vraisemblance, quitté le pays.").claims
    assert (claim.kind, claim.hedged, claim.source) == ("unattributed", True, None)


def test_dateline_is_left_out_of_the_first_sentence(french):
    [claim] = french("Paris (AFP) - Le musée rouvrira ses portes le 3 mars après deux ans de travaux.").claims
    assert claim.text == "Le musée rouvrira ses portes le 3 mars après deux ans de travaux."


def test_condition_and_question_make_no_claim_of_a_source(french):
    claims = french("S'il affirme que la réforme est juste, le gouvernement devra le prouver. "
                    "Que va faire le gouvernement face à cette crise ?").claims
    assert [(c.kind, c.hedged) for c in claims] == [("unattributed", False), ("unattributed", True)]


def test_statement_and_social_network_circumstances_are_not_sources(french):
    first, second = french("Dans un communiqué publié mardi, le syndicat affirme que les salaires "
                           "n'ont pas suivi l'inflation. Sur X (ex-Twitter), le maire a écrit que la "
                           "piscine rouvrirait en juin.").claims
    assert (first.source.text, first.source.type) == ("le syndicat", "organisation")
    assert (second.source.text, second.text, second.hedged) == (
        "le maire", "la piscine rouvrirait en juin", True)


def test_incise_inside_the_statement_credits_both_sides_of_it(french):
    claims = french("Le projet, a-t-il expliqué, sera lancé en mai sur tout le territoire.").claims
    assert [(c.kind, c.text, c.source.text, c.cue.text) for c in claims] == [
        ("reported", "Le projet", "il", "expliqué"),
        ("reported", "sera lancé en mai sur tout le territoire", "il", "expliqué")]


def test_passive_cue_without_agent_credits_no_one(french):
    [claim] = french("Il a cependant été observé que seulement 20 % des trottinettes étaient garées.").claims
    assert claim.kind == "unattributed"


def test_passive_with_an_agent_credits_the_agent(french):
    [claim] = french("Le projet de loi a été vivement critiqué par les syndicats.").claims
    assert (claim.kind, claim.text, claim.source.text) == ("reported", "Le projet de loi", "les syndicats")


def test_mots_du_journaliste_apres_la_citation_avant_l_incise(french):
    text = "« Les salariés ont été sacrifiés » pour sauver les dividendes, a dénoncé la syndicaliste."
    [claim] = french(text).claims
    assert (claim.kind, claim.text, claim.cue.text) == (
        "reported", "« Les salariés ont été sacrifiés » pour sauver les dividendes", "dénoncé")
    assert claim.source.text == "la syndicaliste"


def test_dire_bonjour_ne_rapporte_rien(french):
    [claim] = french("Le maire a dit bonjour aux habitants du quartier.").claims
    assert (claim.kind, claim.source) == ("unattributed", None)


def test_un_infinitif_de_but_parle_par_le_sujet_du_verbe(french):
    [claim] = french("Le ministre s'est rendu à Lyon pour annoncer que l'usine fermera.").claims
    assert (claim.kind, claim.text, claim.cue.text, claim.source.text) == (
        "reported", "l'usine fermera", "annoncer", "Le ministre")


def test_comme_l_a_rappele_credite_la_proposition_principale(french):
    [claim] = french("Comme l'a rappelé le ministre, les crédits seront versés en mai.").claims
    assert (claim.kind, claim.text, claim.cue.text, claim.source.text) == (
        "reported", "les crédits seront versés en mai", "rappelé", "le ministre")


def test_un_participe_qui_qualifie_un_nom_ne_rapporte_rien(french):
    [claim] = french("L'usine reste considérée comme un modèle pour toute la région.").claims
    assert claim.kind == "unattributed"


def test_la_proposition_du_journaliste_a_cote_d_une_citation_est_la_sienne(french):
    claims = french("L'armée tente à nouveau de les cibler par des frappes aériennes, mais cela se révèle "
                    "très complexe, comme l'explique l'ingénieur Paul Martin.").claims
    assert [(c.kind, c.text) for c in claims][:2] == [
        ("unattributed", "L'armée tente à nouveau de les cibler par des frappes aériennes"),
        ("reported", "mais cela se révèle très complexe")]


def test_rapporter_une_somme_ne_rapporte_aucun_propos(french):
    [claim] = french("Le portefeuille de l'État rapporte 4,5 milliards d'euros par an en dividendes.").claims
    assert claim.kind == "unattributed"


def test_c_est_ce_qu_a_annonce_rapporte_la_phrase_d_avant(french):
    claims = french("La ville n'autorisera pas ces véhicules en 2020.\n\n"
                    "C'est ce qu'a annoncé Éric Caldwell, responsable de la mobilité, mardi.").claims
    [claim] = claims
    assert (claim.kind, claim.text, claim.source.text, claim.cue.text) == (
        "reported", "La ville n'autorisera pas ces véhicules en 2020", "Éric Caldwell", "annoncé")


def test_le_locuteur_d_une_incise_poursuit_apres_deux_points(french):
    claims = french("Un deuxième étage est caché sous la ville, rappelle le quotidien « Le Devoir » : "
                    "détruire ces tunnels sera long et coûteux.").claims
    assert [(c.kind, c.text, c.source.text) for c in claims] == [
        ("reported", "Un deuxième étage est caché sous la ville", "le quotidien"),
        ("reported", "détruire ces tunnels sera long et coûteux", "le quotidien")]


def test_un_verbe_de_parole_qui_agit_sur_un_objet_ne_rapporte_rien(french):
    lance, releve = french("La police a lancé une campagne de prévention. "
                           "Les enquêteurs relèvent que la porte était ouverte.").claims
    assert (lance.kind, releve.kind, releve.text) == ("unattributed", "reported", "la porte était ouverte")


def test_soupirer_et_retorquer_sont_des_incises(french):
    soupir, replique = french("« On nous promet une Seine propre depuis trente ans », soupire Michel Garnier. "
                              "« C'est faux », rétorque le député.").claims
    assert [(c.source.text, c.cue.text) for c in (soupir, replique)] == [
        ("Michel Garnier", "soupire"), ("le député", "rétorque")]


def test_un_adverbe_entre_avoir_et_le_participe_ne_le_rend_pas_passif(french):
    assure, annonce = french("Il a toutefois assuré que les négociations reprendront cette semaine. "
                             "Il a été annoncé que le site fermera.").claims
    assert (assure.kind, assure.text, assure.source.text) == (
        "reported", "les négociations reprendront cette semaine", "Il")
    assert (annonce.kind, annonce.text, annonce.source) == ("reported", "le site fermera", None)


def test_selon_laquelle_n_introduit_pas_de_source(french):
    claims = french("Son affirmation selon laquelle l'immeuble avait été inspecté n'a convaincu personne.").claims
    assert not [c for c in claims if c.source is not None and "laquelle" in c.source.text]


def test_une_incise_entre_les_guillemets_nomme_le_locuteur(french):
    text = ("Marie Dubois dirige l'association depuis 2019. « La situation est préoccupante, affirme "
            "la porte-parole, mais le marché reste sain. »")
    [_, claim] = french(text).claims
    assert (claim.kind, claim.source.text, claim.cue.text) == ("direct", "la porte-parole", "affirme")
    assert claim.text == "La situation est préoccupante, affirme la porte-parole, mais le marché reste sain."


def test_le_titre_de_maitre_ne_donne_pas_le_genre_le_prenom_si(french):
    claims = french("Son avocate, Me Claire Fontaine, conteste les faits. D'après elle, le dossier est vide.").claims
    assert (claims[-1].source.text, claims[-1].source.resolved) == ("elle", "Me Claire Fontaine")


def test_une_incise_avec_son_locuteur_au_milieu_de_la_phrase(french):
    claims = french("Le texte, a précisé la députée Anne Morel, sera examiné en commission dès le 3 juin.").claims
    assert [(c.kind, c.text, c.source.text, c.cue.text) for c in claims] == [
        ("reported", "Le texte", "la députée Anne Morel", "précisé"),
        ("reported", "sera examiné en commission dès le 3 juin", "la députée Anne Morel", "précisé")]


def test_interroge_par_un_journal_ne_fait_que_planter_le_decor(french):
    [claim] = french("Interrogé par Le Soir, le ministre a reconnu que le budget était serré.").claims
    assert (claim.kind, claim.text, claim.source.text) == ("reported", "le budget était serré", "le ministre")
