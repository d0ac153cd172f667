"""Vocabulary of page furniture: the words of toolbars, share bars, ads, prompts and footers.

Each pattern is compiled once and built from alternations of literal words and bounded repeats
(no nested or unbounded quantifiers that could backtrack), so matching a line is linear in its
length; captions are only looked for at the ends of a line. The lists cover the languages we
segment (and English, which many non-English sites use for their widgets); a term only counts
where its line also looks like furniture (see :mod:`summarize.cleaning`).
"""

from __future__ import annotations

import re

# A whole line made of these labels (and separators / counts) is a widget: "Share", "Print +A -A",
# "Facebook Twitter Email", "12 Comments", "Advertisement".
_LABELS = r"""
share shares shared sharing tweet tweets pin email e-mail mail print reprint reprints
comment comments reply replies like likes follow subscribe subscribed unsubscribe login log
logout signin sign in out up register menu search home close open skip next previous prev
back top more less expand collapse show hide view all read continue reading listen watch
video videos photo photos gallery image images advertisement advertising advert ad ads
sponsored promoted sponsor related trending popular tags tag topics categories category
archive archives newsletter newsletters rss feed copy link links permalink url short get
facebook twitter x instagram linkedin whatsapp telegram pinterest reddit tumblr flipboard
pocket mix youtube tiktok snapchat vk messenger skype viber line google digg stumbleupon
blogger myspace xing weibo wechat qq sms talk save bookmark saved favourite favorite
download app apps play store subscribe donate contact about us privacy terms cookies
cookie policy imprint sitemap help faq faqs loading please wait and or of on to the via
a an min mins minute minutes read reading time text size font zoom a+ a- +a -a
partager partagez imprimer commenter commentaires commentaire envoyer publicité lire
suite abonnez-vous abonner connexion inscription rechercher accueil fermer suivant
précédent voir aussi tweeter réagir
teilen drucken kommentar kommentare kommentieren senden anzeige werbung weiterlesen
lesen mehr abonnieren anmelden abmelden suche startseite schließen weiter zurück
teilen: merken
compartir imprimir comentar comentarios comentario enviar publicidad leer más
suscríbete suscribirse iniciar sesión buscar inicio cerrar siguiente anterior ver
condividi stampa commenta commenti invia pubblicità leggi iscriviti accedi cerca chiudi
successivo precedente
compartilhe compartilhar partilhar imprimir comentar comentários enviar publicidade leia
assine entrar pesquisar início fechar próximo anterior
delen printen reageer reacties reactie advertentie lees meer abonneren inloggen zoeken
sluiten volgende vorige
dela skriv ut kommentera kommentarer annons läs mer prenumerera logga sök stäng nästa
föregående
del kommenter kommentarer annonce læs mere abonner log søg luk næste forrige
jaa tulosta kommentoi kommentit mainos lue lisää tilaa kirjaudu hae sulje seuraava edellinen
udostępnij drukuj skomentuj komentarze komentarz reklama czytaj więcej subskrybuj
zaloguj szukaj zamknij następny poprzedni
sdílet tisk komentovat komentáře komentář reklama číst více přihlásit hledat zavřít
další předchozí
поделиться печать комментировать комментарии комментарий реклама читать далее ещё
подписаться войти поиск закрыть следующая предыдущая
paylaş yazdır yorum yorumlar reklam devamı oku abone giriş ara kapat sonraki önceki
κοινοποίηση εκτύπωση σχόλια σχόλιο διαφήμιση διαβάστε περισσότερα εγγραφή σύνδεση
αναζήτηση κλείσιμο
シェア ツイート コメント 広告 スポンサードリンク スポンサーリンク 関連記事 人気記事 新着記事 タグ
カテゴリー 検索 ホーム 分享 评论 評論 广告 廣告 标签 標籤 相关文章 相關文章 热门文章 熱門文章 搜索
首页 首頁 공유 공유하기 댓글 광고 태그 관련기사 인쇄 목록 검색
"""
_LABEL_WORDS = frozenset(_LABELS.split())

# A line starting with one of these (then ':' or the end, or a short rest) is a prompt or label:
# "Read more: ...", "Related: ...", "Photo: ...", "Tags ...", "Sign up for our newsletter".
_LEADS = [
    # English
    r"read (?:more|next|also|the full)",
    r"related(?: (?:articles?|stories|posts?|news|links|content))?",
    r"related (?:coverage|topics|tags|reading|videos?)",
    r"see (?:also|more|all)",
    r"more (?:from|on|stories|news|articles|in|like this|to read|great)", r"also (?:read|see|on)",
    r"you (?:may|might) also (?:like|enjoy|be interested)", r"recommended(?: for you)?",
    r"most (?:read|popular|viewed|shared|commented|recent)",
    r"(?:top|latest|trending|popular) (?:stories|news|articles|posts|videos)", r"tags?", r"topics?",
    r"filed (?:under|in)", r"posted (?:in|under)",
    r"categor(?:y|ies)",
    r"photo(?:graph)?s?(?: by| credit)?", r"images?(?: credit| source| by)?", r"pictures?",
    r"credits?", r"caption", r"source", r"video", r"watch(?: now| live| more)?", r"listen(?: now)?",
    r"advertisement", r"sponsored(?: content| by)?", r"promoted(?: by)?",
    r"share (?:this|on|via|the|article|story|post|page)", r"share",
    r"follow (?:us|me|him|her|them)", r"sign (?:up|in)",
    r"log ?in", r"subscribe", r"join (?:us|our|the conversation)", r"click here", r"tap here",
    r"get (?:the|our) (?:app|newsletter|latest)", r"download (?:the|our) app", r"loading",
    r"comments?", r"leave a (?:comment|reply)", r"add (?:a )?comment", r"view comments",
    r"join the discussion", r"report (?:an )?(?:error|typo|abuse)", r"back to (?:top|home)",
    r"skip to (?:main )?(?:content|navigation)", r"jump to", r"previous (?:article|post|story)",
    r"next (?:article|post|story)", r"published(?: on| at)?", r"updated(?: on| at)?",
    r"last (?:updated|modified)", r"posted(?: on| at)?", r"first published", r"editor'?s? note",
    r"disclaimer", r"copyright", r"all rights reserved", r"terms (?:of|and) ",
    r"privacy (?:policy|notice|statement)", r"cookie", r"we use cookies",
    r"this (?:site|website) uses",
    r"about (?:the author|us|this)", r"contact us", r"reporting by", r"editing by",
    r"written by", r"by", r"author", r"reading time", r"\d+ min(?:ute)?s? (?:read|listen)",
    r"breaking news", r"newsletter", r"latest (?:on|news|stories)", r"stay up[- ]to[- ]date",
    r"enter your e-?mail", r"this entry was posted", r"\d+ (?:responses|replies|comments) to",
    r"don'?t miss", r"must (?:watch|read|see)",
    r"just (?:watched|in)", r"replay", r"explore further", r"citation", r"back to",
    r"(?:more|related|latest|top) videos?", r"up next", r"what to read next",
    # French
    r"lire (?:aussi|la suite|plus|également)", r"à lire (?:aussi|également)",
    r"voir (?:aussi|plus)",
    r"sur le même sujet", r"partager", r"publicité", r"abonnez-vous", r"inscrivez-vous",
    r"suivez-nous", r"commentaires?", r"publié(?: le)?", r"mis à jour", r"par", r"crédit",
    r"tous droits réservés", r"mentions légales", r"newsletter", r"politique de confidentialité",
    r"vous aimerez (?:aussi|également|peut-être)", r"retour", r"à (?:la une|découvrir)",
    r"dans la même rubrique",
    # German
    r"mehr (?:zum thema|lesen|dazu|erfahren)", r"lesen sie (?:auch|mehr)", r"auch interessant",
    r"das könnte sie (?:auch )?interessieren", r"weiterlesen", r"teilen", r"anzeige", r"werbung",
    r"abonnieren", r"folgen sie uns", r"kommentare?", r"veröffentlicht(?: am)?",
    r"aktualisiert(?: am)?",
    r"von", r"foto", r"bild", r"quelle", r"alle rechte vorbehalten", r"impressum", r"datenschutz",
    r"zum (?:artikel|thema)", r"weitere (?:artikel|beiträge|nachrichten|meldungen)",
    r"zurück(?: zur übersicht)?", r"das (?:thema )?könnte (?:dich|sie) (?:auch )?interessieren",
    r"ähnliche (?:beiträge|artikel|themen)", r"lesen sie (?:hier|weiter)", r"diese beiträge",
    r"dieser (?:eintrag|beitrag) wurde", r"der beitrag wurde", r"gib deine e-mail",
    r"diese seite (?:teilen|drucken|empfehlen)", r"weiterführende (?:links?|artikel|informationen)",
    r"möchten sie weiterlesen", r"quellen (?:anzeigen|ausblenden|einblenden)",
    # Spanish / Portuguese / Italian
    r"lee (?:también|más)", r"leer (?:más|también)", r"te puede interesar",
    r"noticias relacionadas",
    r"compartir", r"publicidad", r"suscríbete", r"síguenos", r"comentarios?",
    r"publicado(?: el| em)?",
    r"actualizado", r"por", r"foto", r"fuente", r"todos los derechos reservados", r"aviso legal",
    r"leia (?:também|mais)", r"veja (?:também|mais)", r"saiba mais", r"artigos relacionados",
    r"compartilhe", r"publicidade", r"assine", r"inscreva-se", r"siga-nos", r"comentários",
    r"atualizado(?: em)?", r"todos os direitos reservados", r"leggi (?:anche|tutto|di più)",
    r"potrebbe (?:interessarti|piacerti)", r"articoli correlati",
    r"você (?:também )?(?:pode|vai) gostar", r"también te (?:puede|podría) interesar",
    r"te (?:puede|podría) gustar",
    r"condividi", r"pubblicità", r"iscriviti",
    r"seguici", r"commenti", r"pubblicato(?: il)?", r"aggiornato(?: il)?", r"di",
    r"tutti i diritti riservati",
    # Dutch / Nordic / Polish / Czech / Russian / Turkish / Greek
    r"lees (?:ook|meer)", r"gerelateerd", r"delen", r"advertentie", r"volg ons", r"reacties",
    r"alle rechten voorbehouden", r"läs (?:också|mer)", r"relaterat", r"annons", r"dela",
    r"læs (?:også|mere)", r"annonce", r"lue (?:myös|lisää)", r"mainos",
    r"czytaj (?:też|także|więcej)",
    r"zobacz (?:też|także|również)", r"reklama", r"udostępnij", r"komentarze",
    r"čtěte (?:také|též)",
    r"související", r"sdílet", r"читайте (?:также|еще|ещё)", r"смотрите также", r"реклама",
    r"поделиться", r"комментарии", r"подписывайтесь", r"все права защищены",
    r"вам (?:также )?может быть интересно", r"похожие (?:статьи|новости|записи)",
    r"ilgili haberler",
    r"paylaş", r"reklam", r"yorumlar", r"διαβάστε (?:επίσης|ακόμη)", r"διαφήμιση",
    r"polecamy", r"więcej informacji", r"opublikowano", r"zobacz (?:więcej|również)",
    r"clique (?:aqui|e|na|no)", r"cliquez (?:ici|sur)", r"klicken sie (?:hier|auf)",
    r"haga? clic", r"clicca (?:qui|sul)",
]
# Scripts written without spaces (Japanese, Chinese) and Korean: phrases need no boundary after
# them; single words do ("来源：新华社", not "来源于...").
_CJK_PHRASES = [
    r"関連(?:記事|ニュース|リンク)", r"(?:あわせて|合わせて)読みたい", r"こちらの記事も",
    r"(?:おすすめ|オススメ|人気)の?記事", r"スポンサー(?:ド)?リンク",
    r"相[关關](?:文章|阅读|閱讀|新[闻聞]|推荐|推薦)", r"延伸[阅閱][读讀]", r"推[荐薦][阅閱][读讀]",
    r"[热熱][门門]文章", r"[责責]任[编編][辑輯]", r"관련 ?기사", r"많이 본 기사", r"공유하기",
    r"무단 ?전재",
]
_CJK_WORDS = [r"タグ", r"カテゴリー?", r"[标標][签籤]", r"来源|來源", r"广告|廣告"]
LEAD = re.compile(
    r"(?:" + "|".join(_LEADS) + r")(?=$|[\s:|»>›\-–—•·.,!?(\[])|(?:" + "|".join(_CJK_PHRASES)
    + r")|(?:" + "|".join(_CJK_WORDS) + r")(?=$|[\s:：|｜])",
    re.IGNORECASE,
)

# A line that opens with a call to subscribe is a prompt even as a sentence: "Subscribe to
# the Courier and stay informed.", "Get the day's big stories in your inbox every morning."
PROMPT = re.compile(
    r"(?:subscribe (?:to|now|today|for)|sign up (?:for|to|now|today|here)|get the day's|"
    r"get the latest (?:news|stories|headlines|updates)|start (?:your|a) free trial|"
    r"abonnez-vous|inscrivez-vous|abonnieren sie|suscr[ií]bete|assine|inscreva-se|iscriviti)\b",
    re.IGNORECASE,
)

# Anywhere in a short line (lower-cased): copyright and legal lines, cookie and newsletter
# prompts, credits. One word boundary before the alternatives keeps the scan fast.
STRONG = re.compile(
    r"©|\(c\) ?\d{4}|\((?:image|photo):|\b(?:(?:photo|image|foto):|(?:copyright|"
    r"all rights reserved|tous droits réservés|alle rechte vorbehalten|todos los derechos "
    r"reservados|todos os direitos reservados|tutti i diritti riservati|alle rechten voorbehouden|"
    r"все права защищены|cookies?|privacy policy|terms of (?:use|service)|newsletters?|"
    r"unsubscribe|subscribe to our|sign up (?:for|to) our|click here|javascript|your browser|"
    r"getty images|shutterstock|istock|ap photo|image credit|photo credit|share (?:on|via|this)|"
    r"follow (?:us|me|him|her|them) on|teilen? sie (?:diesen|den|das)|teile (?:diesen|den|das)|"
    r"partagez (?:cet|cette|ce)|comparte (?:este|esta)|condividi (?:questo|questa)|"
    r"compartilhe (?:este|esta)|(?:can|may) be reached at|(?:to|in) your inbox|"
    r"download (?:our|the) app|read more|lire aussi|mehr zum thema|leer más|"
    r"leia mais|leggi anche|publicité|anzeige|werbung|advertisement|sponsored)\b)"
)

# Legal lines and consent prompts (lower-cased): furniture even when they are long sentences.
LEGAL = re.compile(
    r"©|\(c\) ?\d{4}|all rights reserved|tous droits réservés|alle rechte vorbehalten|"
    r"todos los derechos reservados|todos os direitos reservados|tutti i diritti riservati|"
    r"alle rechten voorbehouden|все права защищены|registered (?:office|in england)|"
    r"company (?:number|no\.)|(?:this|our) (?:web)?site uses cookies|(?:we|this site) uses? "
    r"cookies|log(?:ged)? in to (?:post|leave|reply|comment)|to post a comment|"
    r"wir verwenden cookies|diese (?:web)?seite (?:verwendet|nutzt) cookies|nous utilisons des "
    r"cookies|utilizamos cookies|utilizziamo (?:i )?cookie|"
    r"(?:e-?mail(?:-adresse)?|email address) (?:will not|wird nicht|won't) (?:be )?(?:published|"
    r"veröffentlicht)|required fields are marked|erforderliche felder sind|"
    r"(?:musst|müssen) (?:dich|sich|angemeldet|eingeloggt)[^.]{0,40}(?:kommentar|diskussion)|"
    r"verschlagwortet mit|personenbezogenen daten|netiquette|chroniony prawem autorskim|"
    r"affiliate (?:links?|commission|program)|associates program|may earn (?:an? )?(?:small )?"
    r"commission|save my name,? e-?mail|meinen namen, (?:meine )?e-mail|сохранить моё имя|"
    r"enregistrer mon nom|cnpj|p\.? ?iva\b|ust-?idnr|siret\b|"
    r"privacy (?:policy|notice|statement)|terms of (?:use|service)|"
    r"\[(?:…|\.\.\.)\]\s*$|"
    # copyright notices and disclaimers in sentences, moderation notes, newsletter prompts
    r"subject to copyright|opinions expressed (?:by \w+ contributors|here|in this (?:article|"
    r"column|post)) are|views (?:and opinions )?expressed (?:here )?are (?:those|solely)|"
    r"moderat(?:e|ing) (?:all )?comments|comments? (?:are|will be) moderated|"
    r"sign up (?:for|to) [^.]{0,40}\bnewsletter|(?:meet|hit) your inbox",
)

# A date in any common form, for datelines: "Nov 19, 2019", "19 NOV 2019", "2019-11-19",
# "19.11.2019", "11/18/19", "9:02 AM".
_MONTHS = (
    r"jan(?:uary|vier|uar|eiro)?|feb(?:ruary|ruar)?|févr(?:ier)?|fev(?:ereiro)?|mar(?:ch|s|zo|ço)?|"
    r"märz|apr(?:il|ile)?|avr(?:il)?|abr(?:il)?|may|mai|mayo|maio|maggio|jun(?:e|i|io|ho)?|juin|"
    r"giugno|jul(?:y|i|io|ho)?|juil(?:let)?|luglio|aug(?:ust)?|août|ago(?:sto)?|"
    r"sep(?:t(?:ember)?)?|"
    r"sept(?:embre)?|set(?:embro|tembre)?|septiembre|oct(?:ober|obre)?|okt(?:ober)?|out(?:ubro)?|"
    r"ottobre|octubre|nov(?:ember|embre|iembre|embro)?|dec(?:ember)?|déc(?:embre)?|"
    r"dez(?:ember|embro)?|"
    r"dic(?:iembre|embre)?|enero|febrero|gennaio|febbraio|marzo|aprile|janeiro|fevereiro|"
    r"января|февраля|марта|апреля|мая|июня|июля|августа|сентября|октября|ноября|декабря"
)
DATE = re.compile(
    r"\b\d{4}-\d{1,2}-\d{1,2}|\b\d{1,2}[./]\d{1,2}[./]\d{2,4}\b|\b\d{1,2}:\d{2}\b|"
    r"(?<![^\W\d_])(?:" + _MONTHS + r")\.?\s+\d{1,2}(?:st|nd|rd|th)?\b|"
    r"\b\d{1,2}(?:st|nd|rd|th)?\.?\s+(?:de\s+)?(?:" + _MONTHS + r")(?![^\W\d_])",
    re.IGNORECASE,
)

# The heading of the readers' comments below an article: "12 Comments", "Comments (3)",
# "Leave a Reply", "5 responses to ...", "Kommentar schreiben".
COMMENTS = re.compile(
    # (?<!\d): a scan from every digit of a long number would be quadratic
    r"(?:(?<!\d)\d+|one|two|three) (?:comments?|responses?|replies|reactions?|kommentare?|"
    r"antworten|commentaires?|réactions?|comentarios?|comentários?|commenti|reacties|"
    r"komentarz[ey]?|комментари[йяев]+)\b|"
    r"(?:comments?|kommentare|commentaires|comentarios|comentários|"
    r"commenti|reacties|комментарии) ?\(\d+\)|leave a (?:reply|comment)|post a comment|"
    r"add (?:a|your) comment|join the discussion|kommentar (?:schreiben|verfassen)|"
    r"schreibe einen kommentar|laisser un commentaire|deja (?:un|tu) comentario|"
    r"deixe (?:um|seu) comentário|lascia un commento",
    re.IGNORECASE,
)

# What marks the header of one reader's comment: the action under it ("Reply", "Antworten",
# "Répondre") or the name before it ("Jane says:", "Agi Joe sagt:").
COMMENT_ACTION = re.compile(
    r"\b(?:reply|antworten|répondre|responder|rispondi|responda|odpowiedz|ответить|reageer)\b|"
    r"\b(?:says|sagt|schreibt|dit|dice|diz|scrive|pisze|zegt|пишет)\s?:$",
    re.IGNORECASE,
)

# A heading alone on its line that opens the teasers below an article: "You may also like...",
# "Recommended for you", "Das könnte Sie auch interessieren". Unlike "Related" or "Read more",
# which also head link boxes inside an article, these close it.
MORE_TO_READ = re.compile(
    r"(?:you (?:may|might) also (?:like|enjoy|be interested in)|recommended (?:for you|stories|"
    r"articles)|more (?:stories|articles) (?:like this|you might like)|what to read next|"
    r"vous aimerez (?:aussi|également|peut-être)|à lire (?:aussi|également) sur le même sujet|"
    r"das könnte (?:sie|dich) (?:auch )?interessieren|(?:también )?te (?:puede|podría) "
    r"(?:interesar|gustar)|potrebbe (?:interessarti|piacerti)|você (?:também )?(?:pode|vai) "
    r"gostar|вам (?:также )?может быть интересно|вам (?:также )?может понравиться)"
    r"[\s.…:!]*",
    re.IGNORECASE,
)

# Agency credits at the end of a wire story: "(Reporting by ...; Editing by ...)".
AGENCY_CREDIT = re.compile(
    r"[(\[]?\s*(?:(?:additional )?reporting|writing|editing|compiled|research(?:ed)?|"
    r"contributing|graphics?) (?:by|from)\b|contributing:",
    re.IGNORECASE,
)

# The author's bio under an article, starting with the name (and a handle or address in
# brackets) or in the first person: "Ann Example is a reporter for the Courier.", "Tom Writer
# (tom@example.com) is the editor of ...", "I am a journalist, cyclist and gardener ...";
# and contributors' credits: "Jane Doe contributed to this report."
AUTHOR_BIO = re.compile(
    r"^(?:(?:[A-Z][\w.'’-]{0,30}\s){0,3}[A-Z][\w.'’-]{0,30}(?:\s\([^()]{1,60}\))?,?\s"
    r"(?:is|was|has been)|I am|I'm|I’m)\s(?:a|an|the)\s[^.]{0,80}?\b(?i:reporter|writer|editor|"
    r"correspondent|journalist|columnist|contributor|producer|author|freelancer|blogger)s?\b"
    r"|^(?:[A-Z][\w.'’-]{0,30}\s){0,3}[A-Z][\w.'’-]{0,30}\s(?:"
    r"est (?:journaliste|rédact(?:eur|rice)|correspondante?|chroniqueu(?:r|se))|"
    r"ist (?:Redakteur|Journalist|Korrespondent|Autor)(?:in)?|"
    r"es (?:periodista|redactora?|corresponsal|columnista))\b"
    r"|\bcontributed (?:to this (?:report|story|article)|reporting)\b"
)

# The paragraph that presents the company at the end of a press release: "Acme is a global
# solutions provider focused on ...", "Acme is headquartered in Baar (Switzerland), ...".
COMPANY_BOILERPLATE = re.compile(
    r"(?:[A-Z][\w.&'’-]{0,30}\s){0,3}[A-Z][\w.&'’-]{0,30}(?:\s\([^()]{1,60}\))?,?\s(?:is|are)\s"
    r"(?:(?:a|an|the)\s(?:[\w'’-]{1,30}\s){0,6}(?:provider|supplier|manufacturer|developer|"
    r"company|firm|group|leader|specialist|producer|maker|distributor|operator)s?\b|"
    r"headquartered in\b)"
)

# Words that go with a date in a dateline: "Nov. 20, 2019, 9:28 AM UTC", "Updated 14:02 Uhr".
_DATELINE_WORDS = re.compile(
    r"\b(?:a\.?m|p\.?m|utc|gmt|[ecmp][sd]?t|ist|cet|cest|uhr|h|on|at|um|le|à|am|el|de|"
    r"published|updated|posted|modified|publié|mis à jour|veröffentlicht|aktualisiert|"
    r"publicado|actualizado|atualizado|pubblicato|aggiornato|"
    r"mon(?:day)?|tue(?:sday)?|wed(?:nesday)?|thu(?:rsday)?|fri(?:day)?|sat(?:urday)?|"
    r"sun(?:day)?|today|yesterday|montag|dienstag|mittwoch|donnerstag|freitag|samstag|sonntag|"
    r"lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|lunes|martes|miércoles|jueves|"
    r"viernes|sábado|domingo|(?:segunda|terça|quarta|quinta|sexta)(?:-feira)?|às|lunedì|"
    r"martedì|mercoledì|giovedì|venerdì|sabato|alle)\b\.?",
    re.IGNORECASE,
)


def dateline(text: str) -> bool:
    """True when a line is only a date and time (with words such as 'Updated', 'UTC')."""
    if not DATE.search(text):
        return False
    rest = _DATELINE_WORDS.sub(" ", DATE.sub(" ", text))
    return not re.search(r"[^\W\d_]{2,}", re.sub(r"\b(?:" + _MONTHS + r")\b", " ", rest,
                                                   flags=re.IGNORECASE))


# Image credits at the end of a caption line: "Sanjeev Verma/Hindustan Times/Getty Images".
CREDIT = re.compile(
    r"(?:getty images|shutterstock|istock(?:photo)?|reuters|afp|\bap\b|associated press|"
    r"epa|dpa|bloomberg|alamy|unsplash|pexels|wikimedia commons|file photo|handout)\)?\s*$",
    re.IGNORECASE,
)

# A caption ends with its credit in brackets: "(Manu Fernandez/AP)", "(Image: GETTY )".
_AGENCIES = r"getty(?: images)?|ap|afp|reuters|epa|dpa|shutterstock"
_CAPTION_END = re.compile(
    r"[(\[]\s*(?:[^()\[\]/]{1,60}/[^()\[\]]{1,80}|(?:image|photo|picture|credit|foto|bild|"
    r"crédit|©)[^()\[\]]{0,80}|[^()\[\]]{0,60}\b(?:" + _AGENCIES + r"))\s*[)\]]\s*$"
    r"|\b(?:photo(?:graph)?|image|picture|credit|foto|bild|crédit)s?\s*:\s*[^.!?:]{1,60}$"
    # "... the Capitol. J. Scott Applewhite / AP file", "... use of the drug. Getty"
    r"|(?:\w\s?/|[.!?]\s)\s?(?:" + _AGENCIES + r")(?: file(?: photo)?)?\s*$",
    re.IGNORECASE,
)
_CAPTION_START = re.compile(
    r"(?:in this|file|handout) (?:[\w.,'’-]{1,20} ){0,8}(?:photo|image|picture|handout)\b"
    r"|this (?:[\w.,'’-]{1,20} ){0,8}(?:file|handout) (?:photo|image|picture)\b"
    r"|file photo\b|(?:above|pictured|top)\s?:|(?:image|media|video) caption\b"
    r"|(?:featured|header|cover|lead) (?:image|photo)\s?:|(?:beitrags|titel|aufmacher)bild\s?:",
    re.IGNORECASE,
)
#: A caption is at most this long (a paragraph that mentions a date the agencies' way is not).
CAPTION_CHARS = 400
#: News-agency captions give the weekday and the full date ("..., left, speaks with a voter
#: during a campaign stop, Tuesday, Nov. 19, 2019, in Columbia, S.C.", "... on Monday, Nov. 13,
#: 2017."); article text gives one of them.
_CAPTION_DATE = re.compile(
    r"\b(?:mon|tues|wednes|thurs|fri|satur|sun)day, (?:jan|feb|march|april|may|june|july|aug|"
    r"sept?|oct|nov|dec)[a-z]*\.? \d{1,2}, \d{4}(?:,|\.$)",
    re.IGNORECASE,
)


def caption(text: str) -> bool:
    """True for an image caption: it ends with its credit ("(Manu Fernandez/AP)", ". Credit:
    ESA") or starts as one ("In this file photo, ...", "Image caption ..."), or dates its
    picture the agencies' way. Only the ends of the line are read for credits."""
    return bool(_CAPTION_END.search(text[-200:]) or _CAPTION_START.match(text)
                or (len(text) <= CAPTION_CHARS and _CAPTION_DATE.search(text)))


# Labels that open or close a section of furniture (related links, tags, legal footer): a line of
# labels with one of them separates the article from what follows.
_SECTION_WORDS = frozenset("""
related tags tag topics categories category trending popular recommended archive archives
comments privacy terms cookies cookie policy imprint sitemap contact about faq newsletter
newsletters impressum datenschutz kommentare commentaires comentarios commenti
関連記事 人気記事 新着記事 タグ カテゴリー コメント 相关文章 相關文章 热门文章 熱門文章 标签 標籤
评论 評論 관련기사 태그 댓글
""".split())


def section_label(words: list[str]) -> bool:
    """True when a line of labels names a section ("Related", "Privacy policy | Terms")."""
    return any(w.lower() in _SECTION_WORDS for w in words)


def label_only(words: list[str]) -> bool:
    """True when every word of a short line is a widget label ("Share", "Print +A -A")."""
    return bool(words) and all(w.lower() in _LABEL_WORDS for w in words)
