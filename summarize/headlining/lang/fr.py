"""French headline rules: word lists, attribution and time patterns, and the verb forms of the
"has a verb" check, generated from lists of regular and irregular verbs (no lexicon ships
for French)."""

from __future__ import annotations

import re

from ..rules import Rules, alternatives

_FR_DAYS = "lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche"


_FR_MONTHS = ("janvier|février|mars|avril|mai|juin|juillet|août|septembre|octobre|novembre|"
              "décembre")


#: "11 mai", "2 et 3 mars", "1er au 5 juin 2020"
_FR_DATE = (rf"\d{{1,2}}(?:er)?(?:\s+(?:et|au)\s+\d{{1,2}}(?:er)?)?\s+(?:{_FR_MONTHS})"
            rf"(?:\s+\d{{4}})?")


_FR_ATTRIB = ("a déclaré|a annoncé|a indiqué|a affirmé|a expliqué|a précisé|a assuré|"
              "a souligné|a estimé|a averti|a ajouté|a confié|a rapporté|a révélé|a dit|"
              "ont déclaré|ont annoncé|ont indiqué|ont expliqué|ont précisé|ont affirmé|"
              "indique|explique|précise|affirme|rapporte|annonce|assure|souligne|estime|"
              "déclare|ajoute|confie|révèle|dit|selon|d'après|rapportent|indiquent|"
              "expliquent|a-t-il|a-t-elle|ont-ils|ont-elles")


#: Frequent regular "-er" verbs of news French (a hand-written list, not a lexicon: a verb not
#: here is still found by its endings, or by a colon-form).
_FR_ER = """
abandonner aborder accepter accompagner accorder accuser acheter adopter affirmer affronter
agresser aider aimer ajouter alerter alimenter allumer améliorer amener analyser animer
annoncer annuler appeler apporter approcher appuyer arrêter arriver assassiner assurer
attaquer augmenter autoriser avancer avouer baisser bloquer blesser bouleverser briser
brûler cacher calmer casser causer céder changer chanter chasser chercher chuter citer
classer clôturer coincer commencer condamner confier confirmer confiner conserver consommer
constater continuer contrôler coûter créer crier critiquer danser débarquer débuter décéder
déclarer déclencher décoller décrocher défiler dégager démarrer démissionner dénoncer
déplacer déployer déposer désigner dessiner détailler développer dévoiler diffuser diminuer
discuter divorcer donner doubler dresser éclater économiser écraser éliminer embarquer
emmener emporter employer emprunter encourager enfermer engager enlever enquêter enregistrer
entamer entrer envisager envoyer espérer estimer éviter évoquer exiger expliquer exploser
exprimer fâcher fermer fêter fixer former frapper fusiller gagner garder gérer gifler
glisser gonfler gratter grimper habiter hausser hésiter ignorer imaginer imposer indemniser
indiquer inquiéter installer interpeller interroger inviter jeter jouer juger lancer laisser
lever libérer limiter livrer loger louer lutter manifester manquer marcher marquer menacer
mener mesurer miser modifier monter montrer nommer noter observer occuper organiser oser
oublier parler participer passer payer penser perturber peser placer plaider planter plonger
porter poser poster pousser pratiquer préciser préférer préparer présenter préserver prêter
priver proclamer profiter programmer prolonger prononcer proposer protéger protester prouver
provoquer publier quitter raconter rappeler rapporter rassembler rassurer rater réaliser
recenser réclamer recommander reconfiner recruter recommencer redouter refuser regarder
régler regretter rejeter relancer relever remarquer rembourser remercier remplacer
rencontrer renforcer renoncer renouveler rentrer renverser renvoyer réparer repérer répéter
reporter reposer représenter réserver résister respecter rester retirer retourner retrouver
révéler rêver risquer rouler saluer sauver sembler séparer signaler signer soigner souhaiter
soulever souligner stationner supprimer surveiller suspecter tabler tarder témoigner tenter
terminer tirer tomber toucher tourner traîner traiter transférer transporter travailler
traverser trembler tromper trouver tuer utiliser vacciner valider vérifier verser viser
voler voter accélérer adresser alarmer apaiser appliquer approuver assister baser briguer
célébrer collaborer compter concerner concrétiser contester décider déconfiner demander
dépasser dépenser disposer distribuer dominer échapper éclairer élever enchaîner enflammer
énerver entraîner équiper évacuer examiner exposer féliciter financer fonctionner fumer
gêner héberger hospitaliser illustrer inaugurer informer insister inventer lâcher manger
mobiliser négocier opérer opposer partager patienter plaisanter précipiter prier procéder
prôner reculer redémarrer relater remporter repousser résumer retarder sanctionner succéder
suggérer tester tweeter veiller
"""


#: Regular "-re" verbs (rendre: "rend", "rendent", "rendu").
_FR_RE = """
attendre défendre dépendre descendre entendre étendre fondre perdre prétendre rendre
répandre répondre suspendre tendre vendre confondre correspondre tordre mordre
"""


#: Regular "-ir" verbs (finir: "finit", "finissent").
_FR_IR = """
aboutir accomplir affaiblir agir agrandir atterrir avertir bâtir choisir définir durcir
élargir enrichir envahir établir finir fournir franchir garantir grandir guérir investir
nourrir punir ralentir réagir réfléchir remplir rétablir réunir réussir saisir subir surgir
trahir unir
"""


#: Forms of irregular verbs: third persons (present, imperfect, future, conditional, simple
#: past), participles, infinitive. A verb starts a line (an indented line continues it); the
#: compounds of :data:`_FR_COMPOUNDS` take every form on their base's line.
_FR_IRREGULAR = """
est sont était étaient sera seront serait seraient fut furent été être étant
a ont avait avaient aura auront aurait auraient eut eurent eu eue eus eues avoir ayant
va vont allait allaient ira iront irait iraient alla allèrent allé allée allés allées aller
fait font faisait faisaient fera feront ferait feraient fit firent faite faits faites faire
peut peuvent pouvait pouvaient pourra pourront pourrait pourraient put purent pu pouvoir
veut veulent voulait voulaient voudra voudront voudrait voudraient voulu voulue vouloir
doit doivent devait devaient devra devront devrait devraient dut durent dû due devoir
faut fallait faudra faudrait fallu falloir vaut valent valait vaudra vaudrait valu valoir
dit disent disait disaient dira diront dirait diraient dirent dite dits dites dire
prend prennent prenait prenaient prendra prendront prendrait prit prirent pris prise
    prises prendre
met mettent mettait mettaient mettra mettront mettrait mit mirent mis mise mises mettre
vient viennent venait venaient viendra viendront viendrait vint vinrent venu venue venus
    venues venir
tient tiennent tenait tenaient tiendra tiendront tiendrait tint tinrent tenu tenue tenus
    tenues tenir
voit voient voyait voyaient verra verront verrait vit virent vu vue vus vues voir
sait savent savait savaient saura sauront saurait sut surent su savoir
vit vivent vivait vivaient vivra vivront vivrait vécut vécu vécue vivre
meurt meurent mourait mouraient mourra mourront mourrait mourut moururent mort morte morts
    mortes mourir
naît nait naissent naissait naîtra naquit naquirent né née nés nées naître
ouvre ouvrent ouvrait ouvraient ouvrira ouvriront ouvrirait ouvrit ouvrirent ouvert
    ouverte ouverts ouvertes ouvrir
couvre couvrent couvrait couvrira couvrit couvert couverte couverts couvertes couvrir
offre offrent offrait offrira offrit offert offerte offerts offertes offrir
souffre souffrent souffrait souffrira souffrit souffert souffrir
part partent partait partira partirait partit partirent parti partie partis parties partir
sort sortent sortait sortira sortirait sortit sortirent sorti sortie sortis sorties sortir
sent sentent sentait sentira sentit senti sentie sentir sert servent servait servira servi
    servie servir
dort dorment dormait dormira dormi dormir court courent courait courra courut couru courir
reçoit reçoivent recevait recevaient recevra recevront recevrait reçut reçurent reçu reçue
    reçus reçues recevoir
croit croient croyait croyaient croira croiront croirait crut crurent cru crue croire
connaît connait connaissent connaissait connaîtra connaitra connut connurent connu connue
    connus connues connaître
paraît parait paraissent paraissait paraîtra paraitra parut parurent paru parue parus
    parues paraître
suit suivent suivait suivaient suivra suivront suivrait suivit suivirent suivi suivie
    suivis suivies suivre
écrit écrivent écrivait écrira écrivit écrivirent écrite écrits écrites écrire
lit lisent lisait lira lut lurent lu lue lus lues lire
craint craignent craignait craindra craindrait craignit craindre plaint plaignent
    plaignait plaindre
atteint atteignent atteignait atteindra atteignit atteinte atteints atteindre
éteint éteignent éteignait éteindra éteignit éteinte éteindre
joint joignent joignait joindra joignit jointe joindre
conduit conduisent conduisait conduira conduirait conduisit conduisirent conduite conduits
    conduire
produit produisent produisait produira produisit produite produits produire
construit construisent construisait construira construisit construite construits construire
détruit détruisent détruisait détruira détruisit détruite détruits détruire
réduit réduisent réduisait réduira réduisit réduite réduits réduire
bat battent battait battra battit battu battue battus battre
rompt rompent rompait rompra rompit rompu rompue rompre
résout résolvent résolvait résoudra résolut résolu résolue résoudre
boit boivent buvait boira but bu boire plaît plait plaisent plaisait plaira plut plu plaire
vainc vainquent vainquait vaincra vainquit vaincu vaincue vaincre
fuit fuient fuyait fuira fui fuir
acquiert acquièrent acquérait acquerra acquit acquis acquise acquérir
émeut émeuvent émouvait émut ému émue émouvoir
rit rient riait rira ri rire suffit suffisent suffisait suffira suffi suffire
conclut concluent concluait conclura conclu conclue conclure exclut excluent exclu exclue
inclut incluent inclus incluse
accueille accueillent accueillait accueillera accueillit accueilli accueillie accueillir
recueille recueillent recueillait recueillera recueillit recueilli recueillie recueillir
envoie envoient envoyait envoyaient enverra enverront enverrait envoya envoyé envoyée
    envoyés envoyées
pleut pleuvait pleuvra
"""


#: Prefixes that make compounds of the irregular verb whose line starts with the key:
#: "pro" + the forms of "met" give "promet", "promis", "promettre".
_FR_COMPOUNDS = {
    "met": "ad com pro per re sou trans é compro dé",
    "prend": "ap com re sur entre dé",
    "vient": "de re inter par pré sur con pro",
    "tient": "ob main re sou con ap dé entre",
    "voit": "pré re entre",
    "dit": "inter pré contre re",
    "fait": "dé re par satis",
    "connaît": "re mé",
    "paraît": "ap dis re",
    "suit": "pour",
    "écrit": "dé ins pres sous",
    "conduit": "re",
    "produit": "re",
    "ouvre": "r ré",
    "couvre": "dé re",
    "part": "re",
    "sort": "res",
    "bat": "a com dé",
    "joint": "re",
    "rompt": "inter cor",
    "vit": "sur re",
}


#: Third-person endings of regular "-er" verbs on the stem ("annonc|e", "annonç|ait" is made
#: below), participles and the infinitive.
_ER_ENDINGS = ("e", "ent", "ait", "aient", "era", "eront", "erait", "eraient", "a", "èrent",
               "é", "ée", "és", "ées", "er", "ant")


_RE_ENDINGS = ("", "ent", "ait", "aient", "ra", "ront", "rait", "raient", "it", "irent",
               "u", "ue", "us", "ues", "re", "ant")


_IR_ENDINGS = ("it", "issent", "issait", "issaient", "ira", "iront", "irait", "iraient",
               "irent", "i", "ie", "is", "ies", "ir", "issant")


def french_verb_forms() -> frozenset[str]:
    """The forms of the verbs above: a French verb cue for the "has a verb" rule, which no
    lexicon ships for French. Spelling changes: "annonçait", "mangeait", "préfère",
    "appelle"."""
    forms: set[str] = set()
    for lemma in _FR_ER.split():
        stem = lemma[:-2]
        for ending in _ER_ENDINGS:
            soft = ending[:1] in "ao" and stem[-1:] in "cg"
            forms.add((stem[:-1] + "ç" if soft and stem[-1] == "c" else
                       stem + "e" if soft else stem) + ending)
        mute = re.sub(r"[ée]([^aeiouyéèê]+)$", r"è\1", stem)  # "préfèr|e", "lèv|e"
        double = re.sub(r"e([lt])$", r"e\1\1", stem)  # "appell|e", "jett|e"
        for variant in {mute, double, re.sub(r"y$", "i", stem)} - {stem}:
            forms.update(variant + e for e in ("e", "ent", "era", "eront", "erait", "eraient"))
    for lemma in _FR_IR.split():
        forms.update(lemma[:-2] + ending for ending in _IR_ENDINGS)
    for lemma in _FR_RE.split():
        forms.update(lemma[:-2] + ending for ending in _RE_ENDINGS)
    forms.update(_FR_IRREGULAR.split())
    lines: list[list[str]] = []
    for line in _FR_IRREGULAR.strip().splitlines():
        if line.startswith(" "):
            lines[-1] += line.split()  # an indented line continues the verb above
        else:
            lines.append(line.split())
    for base, prefixes in _FR_COMPOUNDS.items():
        family = next(line for line in lines if line[0] == base)
        forms.update(p + form for p in prefixes.split() for form in family)
    return frozenset(forms)


#: Built when a French article first needs headlines: generating the verb forms takes about
#: 40 ms, which no other language pays (this module is imported on first use).
RULES = Rules(
    droppable=frozenset("également aussi déjà désormais".split()),
    articles=frozenset("le la les l un une des du ce cet cette ces son sa ses".split()),
    function_words=frozenset(
        "le la les l un une des du de d à au aux et ou mais ni car donc en pour par sur sous "
        "dans avec sans chez entre vers contre depuis pendant avant après selon que qu qui "
        "dont où ce cet cette ces son sa ses leur leurs mon ma mes ton ta tes notre nos votre "
        "vos se s ne n pas plus est sont a ont été être avoir va vont il elle ils elles on "
        "je j tu vous me m te t lui y c qu comme si lors quand très deux trois quatre cinq "
        "six sept huit neuf dix chaque plusieurs quelques aucun aucune notamment afin auprès "
        "parmi malgré durant via envers hors jusqu dès".split()),
    time=(
        rf"\b(?:(?:en|pour|dès|depuis|jusqu'à|jusqu’à|durant|pendant)\s+)?"
        rf"(?:(?:le|ce|dans\s+la\s+(?:nuit|soirée|matinée|journée)\s+(?:de|du))\s+)?"
        rf"(?:(?:{_FR_DAYS})(?:\s+\d{{1,2}}(?:er)?(?:\s+(?:{_FR_MONTHS})(?:\s+\d{{4}})?)?)?"
        rf"(?:\s+(?:matin|midi|après-midi|soir|prochain|dernier))?"
        rf"(?:\s+(?:à|au)\s+(?:{_FR_DAYS}))?"
        rf"|(?:(?:les|des|du)\s+)?{_FR_DATE}"
        rf"|hier(?:\s+(?:matin|midi|soir))?|aujourd'hui|aujourd’hui|demain"
        rf"|(?:cette|la)\s+semaine(?:\s+(?:dernière|prochaine))?"
        rf"|ce\s+week-end(?:\s+(?:des|du)\s+{_FR_DATE})?"
        rf"|l'an\s+(?:dernier|prochain)|l’an\s+(?:dernier|prochain)"
        rf"|ce\s+(?:matin|midi|soir)|cette\s+nuit|dans\s+la\s+nuit"
        rf"|(?:en|dans\s+la)\s+(?:début|fin|milieu)\s+de\s+(?:semaine|matinée|journée|soirée)"
        rf"|(?:ces|les)\s+derniers\s+jours|cette\s+année|en\s+début\s+d'après-midi)\b"
    ),
    trailing_attribution=(
        rf",\s*(?:{alternatives(_FR_ATTRIB)})\b[^,;]{{0,80}}(?=[.!?]?\s*$)"
    ),
    attribution=r"(?:selon|d'après|d’après)\b[^,]{0,80}",
    sources=frozenset({*_FR_ATTRIB.replace(" ", "|").split("|"), "auprès"} - {"a", "ont"}),
    openers=frozenset(
        "après alors avant bien lorsque quand si comme depuis dans pour en malgré face suite "
        "faute pendant afin dès lors selon avec sans sur à au a".split()),
    participles=("ant", "é", "ée", "és", "ées"),
    clause_cuts=frozenset(
        "qui dont où alors tandis mais car avant après selon lorsque quand puisque afin "
        "comme et ce pourtant cependant toutefois néanmoins puis".split()),
    prepositions=frozenset(
        "de du des à au aux en pour par sur sous dans avec sans chez entre vers contre "
        "depuis pendant avant après selon dès malgré durant parmi envers hors sauf outre "
        "jusqu".split()),
    target_words=10,
    colon=" : ",
    connectives=frozenset("mais et or donc ainsi pourtant cependant puis enfin".split()),
    subordinators=frozenset(
        "que qu qui dont où si lorsque lorsqu quand comme car puisque puisqu quoique".split()),
    pronouns=frozenset("il elle ils elles on c cela ça ceci celui celle y".split()),
    verbs=(
        # "Ainsi le tribunal a-t-il condamné" -> "a condamné" (then "condamne"); questions
        # ("Les tueurs ont-ils tenté ... ?") keep their inversion
        (r"\b(a|ont)-t?-?(?:il|elle|ils|elles|on)\s+(?![^?]*\?)", r"\1 "),
        # passive: "qui a été renversé" -> "renversé", "a été interpellé" -> "interpellé"
        (r"\b(?:qui\s+)?(?:a|ont|avait|avaient|aurait|auraient)\s+été\s+", ""),
        # "préféré" -> "préfère": the last "é" of the stem opens before a mute ending
        (r"\ba\s+(?-i:([a-zà-ÿ]*)é([b-df-hj-np-tv-z]+))é\b", r"\1è\2e"),
        (r"\bont\s+(?-i:([a-zà-ÿ]*)é([b-df-hj-np-tv-z]+))é\b", r"\1è\2ent"),
        # "appelé", "jeté", "renouvelé" -> "appelle", "jette"; "acheté", "levé" -> "achète"
        (r"\ba\s+(?-i:([a-zà-ÿ]*(?:pp|j|nouv)e)([lt]))é\b", r"\1\2\2e"),
        (r"\bont\s+(?-i:([a-zà-ÿ]*(?:pp|j|nouv)e)([lt]))é\b", r"\1\2\2ent"),
        (r"\ba\s+(?-i:([a-zà-ÿ]*)e([b-df-hj-np-tv-z]))é\b", r"\1è\2e"),
        (r"\bont\s+(?-i:([a-zà-ÿ]*)e([b-df-hj-np-tv-z]))é\b", r"\1è\2ent"),
        (r"\ba\s+(?-i:([a-zà-ÿ]{2,}))é\b", r"\1e"),
        (r"\bont\s+(?-i:([a-zà-ÿ]{2,}))é\b", r"\1ent"),
    ),
    calendar=frozenset(f"{_FR_DAYS}|{_FR_MONTHS}".split("|")),
    first_person=frozenset("je j nous me m mon ma mes notre nos".split()),
    verb_forms=french_verb_forms(),
    verb_endings=r"(?<!m)(?:ent|ait|era|erait|ira|irait|ée?s?)$",
    finite_endings=("aient", "èrent", "eront", "eraient", "iront", "iraient", "issent"),
)
