package io.newswire.streams.enrich;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Words before a name that tell its type: "in Ravensburg", "aus Kiel", "en Cáceres", "uit Westerlo" — a lone name
 * right after a preposition of place is a place; "el presidente Aznar", "le ministre Dupont", "министр Лавров",
 * "rebel leader Aslan Maskhadov" — a name right after a title written in lower case is a person (English's
 * capitalised titles are read by the chunker); "carmaker Honda", "el club Ruch" — a name right after a noun for
 * an organisation is one. Short reviewed lists per language.
 */
final class NameCues {

    private static final Map<String, Set<String>> PREPOSITIONS = Map.of(
            "en", Set.of("in"),
            "de", Set.of("in", "nach", "aus"),
            "es", Set.of("en", "desde"),
            "fr", Set.of("à"),
            "it", Set.of("a", "in", "da"),
            "pt", Set.of("em"),
            "nl", Set.of("in", "uit", "naar"),
            "ru", Set.of("в", "во", "из"));

    private static final Map<String, Set<String>> TITLES = Map.of(
            "en", Set.of("president", "minister", "premier", "chancellor", "leader", "spokesman", "spokeswoman", "chairman", "chairwoman",
                    "commander", "envoy", "ambassador", "governor", "senator", "congressman", "mayor", "judge", "prosecutor", "lawyer",
                    "coach", "manager", "striker", "midfielder", "defender", "goalkeeper", "captain", "skipper", "batsman", "bowler",
                    "secretary", "director", "negotiator", "mediator", "peacemaker", "dissident", "activist", "candidate", "nominee",
                    "actor", "actress", "singer", "novelist", "author", "journalist", "correspondent", "teammate", "compatriot"),
            "es", Set.of("presidente", "presidenta", "ministro", "ministra", "alcalde", "alcaldesa", "señor", "señora", "don", "doña",
                    "rey", "reina", "príncipe", "secretario", "secretaria", "portavoz", "entrenador", "delantero", "jugador", "director", "directora",
                    "sr", "sra", "srta", "dña", "dr", "dra"),
            "fr", Set.of("président", "présidente", "ministre", "maire", "monsieur", "madame", "porte-parole", "entraîneur", "directeur",
                    "directrice", "secrétaire", "pdg", "m", "mme", "mmes", "mlle", "mlles", "me", "pr", "dr"),
            "it", Set.of("presidente", "ministro", "ministra", "sindaco", "signor", "signora", "premier", "allenatore", "direttore", "segretario", "sig", "dott", "dr", "prof"),
            "pt", Set.of("presidente", "ministro", "ministra", "prefeito", "prefeita", "senhor", "senhora", "técnico", "diretor", "secretário", "sr", "sra", "dr", "dra"),
            "nl", Set.of("president", "minister", "premier", "burgemeester", "heer", "mevrouw", "voorzitter", "woordvoerder", "trainer",
                    "directeur", "staatssecretaris", "ambassadeur", "gezant", "gouverneur", "senator", "kamerlid", "leider", "baas",
                    "topman", "voorman", "oprichter", "stichter", "bestuurder", "commissaris", "inspecteur", "rechter", "advocaat",
                    "procureur", "professor", "hoogleraar", "generaal", "kolonel", "koning", "koningin", "prins", "prinses", "paus",
                    "bisschop", "kardinaal", "acteur", "actrice", "regisseur", "schrijver", "schrijfster", "journalist", "zanger",
                    "zangeres", "gitarist", "pianist", "analist", "econoom", "coach", "doelman", "middenvelder", "verdediger",
                    "aanvaller", "renner", "kampioen", "winnaar", "collega", "landgenoot", "ploegmaat", "dhr", "mevr", "dr", "prof"),
            "ru", Set.of("президент", "министр", "премьер-министр", "мэр", "глава", "господин", "госпожа", "губернатор", "председатель",
                    "директор", "тренер", "спикер", "посол"),
            // Dictionary lemmas: Polish titles are matched through PoliMorf ("prezydenta", "papieża", "premierem").
            "pl", Set.of("prezydent", "premier", "wicepremier", "minister", "papież", "prezes", "rzecznik", "marszałek", "poseł",
                    "posłanka", "senator", "burmistrz", "wojewoda", "ambasador", "gubernator", "kanclerz", "sekretarz", "dyrektor",
                    "trener", "pan", "pani", "król", "królowa", "książę", "kardynał", "arcybiskup", "biskup", "ksiądz", "generał"));
    /** Languages whose titles are asked by their dictionary lemma: their titles take case endings. */
    private static final Set<String> TITLES_BY_LEMMA = Set.of("pl");

    /**
     * Nouns that, right before a name, say it names an organisation: "carmaker Honda", "el club Ruch",
     * "der Konzern Siemens". Nouns only, not adjectives or titles; lower case as written in running text.
     */
    /** Singular, and the plurals that list several ("los sindicatos Comisiones Obreras y UGT"). */
    private static final Map<String, Set<String>> ORGANISATION_NOUNS = Map.of(
            "en", Set.of("company", "firm", "group", "carmaker", "automaker", "airline", "carrier", "insurer", "bank", "lender", "retailer",
                    "broker", "brokerage", "club", "agency", "newspaper", "daily", "broadcaster", "party", "union", "maker", "manufacturer",
                    "producer", "operator", "conglomerate", "chipmaker", "giant", "rival", "rivals", "subsidiary", "unit", "distributor",
                    "chain", "weekly", "publisher", "exchange", "fund", "carmakers"),
            "es", Set.of("empresa", "compañía", "grupo", "club", "banco", "partido", "sindicato", "diario", "periódico", "aerolínea",
                    "agencia", "firma", "constructora", "aseguradora", "equipo", "cadena", "fabricante", "operadora", "multinacional",
                    "petrolera", "farmacéutica", "consultora", "naviera", "entidad", "consorcio",
                    "empresas", "bancos", "partidos", "sindicatos"),
            "de", Set.of("Unternehmen", "Konzern", "Firma", "Verein", "Club", "Klub", "Partei", "Zeitung", "Gewerkschaft", "Bank",
                    "Fluggesellschaft", "Autobauer", "Hersteller", "Versicherer", "Sender", "Agentur", "Mannschaft", "Gruppe"),
            "fr", Set.of("société", "entreprise", "groupe", "club", "parti", "journal", "quotidien", "syndicat", "banque", "compagnie",
                    "constructeur", "assureur", "agence", "équipe", "chaîne", "fabricant", "opérateur",
                    "sociétés", "entreprises", "banques", "partis", "syndicats"),
            "it", Set.of("società", "azienda", "gruppo", "club", "partito", "squadra", "quotidiano", "giornale", "sindacato", "banca",
                    "compagnia", "agenzia", "casa", "emittente", "produttore", "operatore",
                    "aziende", "banche", "partiti", "sindacati"),
            "nl", Set.of("bedrijf", "concern", "club", "partij", "krant", "bank", "vakbond", "verzekeraar", "groep", "maatschappij",
                    "luchtvaartmaatschappij", "fabrikant", "omroep", "ploeg", "dagblad", "agentschap",
                    "bedrijven", "banken", "partijen", "vakbonden"),
            "pt", Set.of("empresa", "companhia", "grupo", "clube", "partido", "sindicato", "jornal", "banco", "agência", "equipe",
                    "equipa", "fabricante", "operadora", "empresas", "bancos", "partidos", "sindicatos"));

    /**
     * Nouns that, right after a name, say it names an organisation: "Pirelli shares", "Cofinec CEO", "Interfax news
     * agency". English only so far: other languages put these nouns before the name, where the list above reads them.
     */
    private static final Map<String, Set<String>> ORGANISATION_NOUNS_AFTER = Map.of(
            "en", Set.of("shares", "stock", "shareholders", "chairman", "ceo", "headquarters", "employees", "workers",
                    "executives", "subsidiary", "spokesman", "spokeswoman", "newspaper", "agency", "daily", "weekly"));

    /**
     * Nouns for a firm's shares, owners, managers and deals, which take the firm after "of": "shareholders of Cofinec",
     * "zaakvoerder van Tectrade", "las acciones de Televisa". A country or city is no firm, but those the gazetteer
     * knows and this cue is read for unknown names only.
     */
    private static final Map<String, Set<String>> FIRM_PARTS = Map.of(
            "en", Set.of("shares", "stake", "shareholders", "stockholders", "chairman", "board", "subsidiary", "takeover",
                    "acquisition", "employees", "executive", "directors", "founder"),
            "nl", Set.of("aandelen", "aandeelhouders", "aandeelhouder", "zaakvoerder", "bestuur", "overname", "stichter", "topman",
                    "werknemers", "personeel", "dochter", "handen"),
            "es", Set.of("acciones", "accionistas", "administración", "filial", "adquisición", "empleados", "fundador", "delegado"),
            "it", Set.of("azioni", "azionisti", "delegato", "amministrazione", "dipendenti", "acquisizione", "controllata", "fondatore"),
            "fr", Set.of("actions", "actionnaires", "filiale", "rachat", "salariés", "fondateur"),
            "pt", Set.of("ações", "acionistas", "subsidiária", "aquisição", "funcionários", "fundador"));
    /** "of", alone and joined with an article: "the shareholders of X", "Capo dello Stato", "Presidente degli Stati Uniti". */
    private static final Map<String, Set<String>> OF = Map.of(
            "en", Set.of("of"), "nl", Set.of("van"), "es", Set.of("de", "del"), "it", Set.of("di", "del", "della", "dello", "dei", "degli", "delle"),
            "fr", Set.of("de", "du", "des"), "pt", Set.of("de", "do", "da", "dos", "das"));

    /**
     * Definite articles, alone and joined with a preposition, of the languages that capitalise a common noun
     * only when it names an institution ("el Gobierno", "do Governo", "de Commissie").
     */
    private static final Map<String, Set<String>> DEFINITE_ARTICLES = Map.of(
            "es", Set.of("el", "la", "los", "las", "del", "al"),
            "pt", Set.of("o", "a", "os", "as", "do", "da", "dos", "das", "no", "na", "nos", "nas", "ao", "à", "pelo", "pela"),
            "nl", Set.of("de", "het", "der", "den"));

    /** Russian surnames by their endings, in any case: Медведев, Медведева, Свиридова, Топалов, Лавровым, Путина (not -ский: Московский is as often an adjective). */
    private static final Pattern RUSSIAN_SURNAME = Pattern.compile(
            "\\p{IsCyrillic}{2,}(?:ов|ев|ёв|ин|ын)(?:а|у|ым|ом|е|ой|ых|ы)?");

    private NameCues() {
    }

    private static final Map<String, Set<String>> MARKET_WORDS = Map.of(
            "nl", Set.of("aandeel", "aandelen", "beurs", "koers", "omzet", "nettowinst", "winst", "overname", "topman", "aandeelhouders"),
            "es", Set.of("acciones", "bolsa", "cotización", "facturación", "beneficio", "beneficios", "accionistas", "opa"),
            "it", Set.of("azioni", "borsa", "fatturato", "utile", "azionisti", "opa"),
            "de", Set.of("Aktie", "Aktien", "Börse", "Umsatz", "Gewinn", "Aktionäre", "Konzernchef", "Übernahme"),
            "fr", Set.of("actions", "bourse", "bénéfice", "actionnaires", "opa"),
            "pt", Set.of("ações", "bolsa", "faturamento", "lucro", "acionistas"));

    /** The sentences that speak of shares, turnover or profit: a name there with no other evidence is a firm's. */
    static java.util.BitSet marketSentences(AnalyzedText text, LanguageProfile language) {
        java.util.BitSet sentences = new java.util.BitSet();
        Set<String> words = MARKET_WORDS.get(language.code());
        if (words != null) {
            for (Token token : text.tokens()) {
                if (words.contains(token.text())) {
                    sentences.set(token.sentence());
                }
            }
        }
        return sentences;
    }

    /** A name whose last word has a surname's ending in a language where names take such endings. */
    static boolean surname(Token last, LanguageProfile language) {
        return language.code().equals("ru") && Character.isUpperCase(last.text().codePointAt(0))
                && RUSSIAN_SURNAME.matcher(last.text()).matches();
    }

    /**
     * A preposition of place right before the name, written in the preposition's script: "в Facebook",
     * "в Google" are companies.
     */
    static boolean placeBefore(AnalyzedText text, Token name, LanguageProfile language) {
        return wordBefore(text, name, PREPOSITIONS.get(language.code()), true)
                && Character.UnicodeScript.of(name.text().codePointAt(0)) == Character.UnicodeScript.of(text.tokens().get(name.index() - 1).text().codePointAt(0));
    }

    /**
     * A noun for an organisation right before the name, as written (German nouns are capitalised); in German
     * and Dutch also the last part of a compound ("IT-bedrijf Tectrade", "Autokonzern BMW").
     */
    static boolean organisationBefore(AnalyzedText text, Token name, LanguageProfile language) {
        Set<String> nouns = ORGANISATION_NOUNS.get(language.code());
        if (nouns == null) {
            return false;
        }
        if (!COMPOUNDING.contains(language.code())) {
            return cueBefore(text, name, language, nouns::contains);
        }
        return wordBefore(text, name, word -> endsWithAny(word, nouns));
    }

    private static final Set<String> COMPOUNDING = Set.of("de", "nl");

    /**
     * Nouns that head the name of a place or a building: "Halim Perdanakusuma Airport", "Wall Street", "Palacio de
     * la Magdalena", "Piazza Navona". A given name in the name ("Halim") must not make it a person's. English puts
     * the noun last, the Romance languages first.
     */
    private static final Set<String> PLACE_HEADS_LAST = Set.of("airport", "stadium", "street", "avenue", "square", "bridge",
            "river", "lake", "mountains", "island", "islands", "valley", "bay", "sea", "ocean", "gulf", "strait", "canal",
            "station", "harbour", "harbor", "palace", "castle", "cathedral", "boulevard", "desert", "peninsula", "coast",
            "hills", "heights", "springs", "falls", "beach", "creek", "lakes");
    private static final Map<String, Set<String>> PLACE_HEADS_FIRST = Map.of(
            "es", Set.of("aeropuerto", "estadio", "calle", "avenida", "plaza", "puente", "río", "lago", "isla", "islas", "valle",
                    "bahía", "golfo", "estación", "palacio", "castillo", "catedral", "sierra", "canal", "paseo", "puerta", "parque",
                    "museo", "monte", "provincia", "comunidad", "región"),
            "it", Set.of("aeroporto", "stadio", "viale", "piazza", "ponte", "fiume", "lago", "isola", "isole", "valle", "baia",
                    "golfo", "stazione", "palazzo", "castello", "cattedrale", "val", "mar", "passo", "stretto", "canale", "via",
                    "corso", "porta", "piazzale", "borgo", "basilica", "duomo", "chiesa", "monte", "monti", "parco", "museo",
                    "provincia", "regione"),
            "pt", Set.of("aeroporto", "estádio", "rua", "avenida", "praça", "ponte", "lago", "ilha", "ilhas", "vale", "baía",
                    "golfo", "estação", "palácio", "castelo", "catedral", "parque", "museu", "igreja", "monte", "província", "região"),
            "fr", Set.of("aéroport", "stade", "rue", "avenue", "pont", "lac", "île", "îles", "vallée", "baie", "golfe", "gare",
                    "palais", "château", "cathédrale", "val", "mont", "place", "boulevard", "quai", "parc", "musée", "église",
                    "basilique", "province", "région", "département"));

    /** A noun for a place or building of the language, capitalised as it opens a name: "Lago", "Provincia", "Gare". */
    static boolean placeHeadWord(Token word, LanguageProfile language) {
        Set<String> heads = PLACE_HEADS_FIRST.get(language.code());
        return heads != null && word.capitalised() && heads.contains(word.lower());
    }

    /** Whether an English lower-case word ends a place's name ("islands", "street", "hills"). */
    static boolean placeHeadLast(String lower) {
        return PLACE_HEADS_LAST.contains(lower);
    }

    /** A name of two words or more headed by a noun for a place or building in its language. */
    static boolean placeHead(List<Token> name, LanguageProfile language) {
        if (name.size() < 2) {
            return false;
        }
        if (language.isEnglish()) {
            return placeHeadLast(name.get(name.size() - 1).lower());
        }
        Set<String> heads = PLACE_HEADS_FIRST.get(language.code());
        return heads != null && heads.contains(name.get(0).lower());
    }

    /**
     * "minister van Defensie", "het ministerie van Binnenlandse Zaken": what a minister is minister of is the ministry.
     * Dutch only: the Spanish and Italian sets leave the portfolio after "ministro de" untyped or MISC, and typed as
     * the ministry it cost them (es 0.7137 → 0.7126, it 0.6427 → 0.6422), so Spanish and Italian keep it untyped too.
     */
    static boolean ministryBefore(AnalyzedText text, Token name, LanguageProfile language) {
        int before = name.index() - 1;
        if (!language.code().equals("nl") || before < 1) {
            return false;
        }
        List<Token> tokens = text.tokens();
        Token preposition = tokens.get(before);
        Token minister = tokens.get(before - 1);
        return preposition.text().equals("van") && joined(text, preposition, name) && joined(text, minister, preposition)
                && MINISTERS.contains(minister.lower());
    }

    private static final Set<String> MINISTERS = Set.of("minister", "ministerie", "ministers", "staatssecretaris");

    private static final Map<String, Set<String>> ARTICLES = Map.of(
            "en", Set.of("the", "a", "an"), "es", Set.of("el", "la", "un", "una"), "nl", Set.of("de", "het", "een"),
            "it", Set.of("il", "la", "lo", "un", "una"), "fr", Set.of("le", "la", "un", "une"), "pt", Set.of("o", "a", "um", "uma"),
            "de", Set.of("der", "die", "das", "ein", "eine"));
    private static final int APPOSITIVE_WORDS = 3;

    /**
     * "Televisa, la mayor cadena de televisión", "Arinso, de informaticaspecialist", "Cofinec, the Hungarian printing
     * group": an appositive after a comma whose article opens a noun for an organisation within three words, with no
     * preposition or other stopword between.
     */
    static boolean organisationAppositive(AnalyzedText text, Token name, LanguageProfile language) {
        Set<String> nouns = ORGANISATION_NOUNS.get(language.code());
        Set<String> articles = ARTICLES.get(language.code());
        List<Token> tokens = text.tokens();
        int article = name.index() + 1;
        if (nouns == null || articles == null || article >= tokens.size() || !text.gap(name, tokens.get(article)).equals(", ")
                || !articles.contains(tokens.get(article).text())) {
            return false;
        }
        for (int k = article + 1; k < Math.min(tokens.size(), article + 1 + APPOSITIVE_WORDS); k++) {
            Token word = tokens.get(k);
            if (word.sentence() != name.sentence() || !text.gap(tokens.get(k - 1), word).isBlank() || language.isStopword(word.lower())) {
                return false; // "Mauro Silva, el entrenador del equipo": the noun is another's
            }
            if (COMPOUNDING.contains(language.code()) ? endsWithAny(word.text(), nouns) : nouns.contains(word.text())) {
                return true;
            }
        }
        return false;
    }

    private static boolean endsWithAny(String word, Set<String> nouns) {
        return nouns.stream().anyMatch(noun -> word.regionMatches(true, word.length() - noun.length(), noun, 0, noun.length()));
    }

    /** A noun for an organisation right after the name, or "news agency" after it. */
    static boolean organisationAfter(AnalyzedText text, Token name, LanguageProfile language) {
        Set<String> nouns = ORGANISATION_NOUNS_AFTER.get(language.code());
        List<Token> tokens = text.tokens();
        int next = name.index() + 1;
        if (nouns == null || name.possessive() || next >= tokens.size() || !joined(text, name, tokens.get(next))) {
            return false;
        }
        Token after = tokens.get(next);
        if (after.text().equals("news") && next + 1 < tokens.size() && joined(text, after, tokens.get(next + 1))) {
            after = tokens.get(next + 1);
        }
        return nouns.contains(after.text().toLowerCase(Locale.ROOT)) && !after.capitalised() || after.text().equals("CEO");
    }

    /**
     * "British Airways (BA)", "Militaire Inlichtingendienst (MID)", "Partido Popular (PP)": a name of several words
     * that the text abbreviates right after it, in brackets, by an acronym of its first letter, is an
     * organisation's; people are not written so, and the places that are ("Democratic Republic of Congo (DRC)")
     * the gazetteer knows.
     */
    static boolean acronymAfter(AnalyzedText text, List<Token> name) {
        Token last = name.get(name.size() - 1);
        int next = last.index() + 1;
        if (name.size() < 2 || next >= text.tokens().size()) {
            return false;
        }
        Token acronym = text.tokens().get(next);
        return acronym.sentence() == last.sentence() && acronym.acronym() && text.gap(last, acronym).strip().equals("(")
                && acronym.end() < text.text().length() && text.text().charAt(acronym.end()) == ')'
                && acronym.norm().charAt(0) == Character.toUpperCase(name.get(0).norm().charAt(0)) && laterInitial(acronym, name);
    }

    /**
     * The acronym's second letter opens a later word of the name ("British Airways (BA)", "Bundesamt für
     * Verfassungsschutz (BfV)") or, in an acronym of three letters or more, a part of the first word's compound
     * ("Inlichtingendienst Buitenland (IDB)"): a politician's party after the name ("Philippe Close (PS)") shares only a
     * first letter.
     */
    private static boolean laterInitial(Token acronym, List<Token> name) {
        String letters = acronym.norm();
        if (letters.length() < 2) {
            return true;
        }
        char second = Character.toLowerCase(letters.charAt(1));
        for (int i = 1; i < name.size(); i++) {
            if (Character.toLowerCase(name.get(i).norm().charAt(0)) == second) {
                return true;
            }
        }
        return letters.length() >= 3 && name.get(0).lower().indexOf(second, 2) >= 0;
    }

    /** Two words of one sentence with nothing but space between them. */
    static boolean joined(AnalyzedText text, Token left, Token right) {
        return left.sentence() == right.sentence() && text.gap(left, right).isBlank();
    }

    /**
     * "Wang, 45, a veteran dissident": an age between commas right after a name makes it a person's. Not inside brackets,
     * where a table's columns look alike ("Иванчук (Украина, 36, 2729)").
     */
    static boolean ageAfter(AnalyzedText text, Segment name) {
        List<Token> tokens = text.tokens();
        int number = name.last().index() + 1;
        int before = name.first().index() - 1;
        if (number + 1 >= tokens.size() || (before >= 0 && text.gap(tokens.get(before), name.first()).contains("("))) {
            return false;
        }
        String age = tokens.get(number).text();
        return age.length() == 2 && Character.isDigit(age.charAt(0)) && Character.isDigit(age.charAt(1)) && age.charAt(0) != '0'
                && text.gap(name.last(), tokens.get(number)).equals(", ") && text.gap(tokens.get(number), tokens.get(number + 1)).startsWith(",");
    }

    /** "the shareholders of Cofinec": a noun for a firm's shares, owners or managers, then "of", right before the name. */
    static boolean firmPartBefore(AnalyzedText text, Token name, LanguageProfile language) {
        Set<String> of = OF.get(language.code());
        int before = name.index() - 1;
        if (of == null || before < 1 || !wordBefore(text, name, of, false)) {
            return false;
        }
        return wordBefore(text, text.tokens().get(before), FIRM_PARTS.get(language.code()), false);
    }

    /** Titles that head an office of an institution, beside the titles above: "Capo dello Stato", "Jefe del Estado". */
    private static final Map<String, Set<String>> OFFICE_HEADS = Map.of("es", Set.of("jefe", "jefa"), "it", Set.of("capo"), "fr", Set.of("chef"),
            "pt", Set.of("chefe"));

    /**
     * "Presidente della Repubblica", "Capo dello Stato", "Presidente del Consiglio": the name opens with a capitalised
     * office and "of", in the Romance languages; the institution's name follows those two words.
     */
    static boolean opensWithOffice(List<Token> name, LanguageProfile language) {
        Set<String> heads = OFFICE_HEADS.get(language.code());
        return heads != null && name.size() >= 3 && name.get(0).capitalised() && OF.get(language.code()).contains(name.get(1).text())
                && (isTitle(name.get(0), language) || heads.contains(name.get(0).lower()));
    }

    /** Whether the word, in any case, is one of the language's titles ("Presidente", "burgemeester"). */
    static boolean isTitle(Token word, LanguageProfile language) {
        Set<String> titles = TITLES.get(language.code());
        if (titles == null) {
            return false;
        }
        return titles.contains(word.lower()) || (TITLES_BY_LEMMA.contains(language.code())
                && Morphology.of(language.code()).lowerCaseLemmas(word).stream().anyMatch(titles::contains));
    }

    /** A title in lower case right before the name. */
    static boolean titleBefore(AnalyzedText text, Token name, LanguageProfile language) {
        Set<String> titles = TITLES.get(language.code());
        if (titles != null && COMPOUNDING.contains(language.code())) {
            // "VN-ambassadeur Holbrooke", "Nobelprijswinnaar Stanley Prusiner", "fractieleider Janssens".
            return wordBefore(text, name, word -> endsWithAny(word, titles));
        }
        return titles != null && cueBefore(text, name, language, word -> titles.contains(word.toLowerCase(Locale.ROOT)));
    }

    /**
     * The cue right before the name, or before adjectives right before it where adjectives follow their noun and the
     * dictionary knows them as such: "la multinacional española Telefónica", "el presidente ruso Putin".
     */
    private static boolean cueBefore(AnalyzedText text, Token name, LanguageProfile language,
                                     java.util.function.Predicate<String> matches) {
        if (wordBefore(text, name, matches)) {
            return true;
        }
        if (!ADJECTIVES_AFTER_NOUNS.contains(language.code())) {
            return false;
        }
        Token next = name;
        for (int before = name.index() - 1; before >= 1 && before >= name.index() - ADJECTIVES_BETWEEN; before--) {
            Token adjective = text.tokens().get(before);
            if (adjective.sentence() != name.sentence() || !adjective.text().equals(adjective.lower()) || !text.gap(adjective, next).isBlank()
                    || !Morphology.of(language.code()).adjective(adjective)) {
                return false;
            }
            if (wordBefore(text, adjective, matches)) {
                return true;
            }
            next = adjective;
        }
        return false;
    }

    /** "la empresa estatal brasileña Petrobras": a noun's adjectives, two at most, may stand between a cue and the name. */
    private static final int ADJECTIVES_BETWEEN = 2;

    /** The languages whose part-of-speech dictionary marks adjectives ({@link Morphology#adjective}) and that put them after the noun. */
    private static final Set<String> ADJECTIVES_AFTER_NOUNS = Set.of("es", "pt");

    private static final Pattern LOWER_CASE_PARTICLE_ACRONYM = Pattern.compile("[A-Z](?:[a-z]{1,2}[A-Z])+");

    /**
     * "PdL", "FdI", "IdV", "PvdA", "CiU", "PiS": a party or firm abbreviated with its particles in lower case, as the
     * Romance, Dutch and Polish press write them. Not in English ("McD") nor German, whose abbreviations of laws and
     * titles look the same ("StGB", "MdB").
     */
    static boolean particleAcronym(Token word, LanguageProfile language) {
        return !language.isEnglish() && !language.capitalisesNouns() && word.norm().length() <= 5
                && LOWER_CASE_PARTICLE_ACRONYM.matcher(word.norm()).matches();
    }

    /** Italian masculine definite articles, alone and joined to a preposition (a reviewed list): no man's surname takes one. */
    private static final Set<String> ITALIAN_MASCULINE_ARTICLES = Set.of("il", "lo", "del", "dello", "al", "allo", "dal", "dallo",
            "nel", "nello", "sul", "sullo", "col");
    private static final Set<String> ITALIAN_ELIDED_ARTICLES = Set.of("l'", "dell'", "all'", "dall'", "nell'", "sull'");

    /**
     * An Italian masculine article right before the word, elided ("dell'Islam") or not ("il Nobel"): KIND's Wikinews
     * 0.7074 -> 0.7081 (29 false people gone, "il Laocoonte" of a statue lost).
     */
    static boolean masculineArticleBefore(AnalyzedText text, Token word, LanguageProfile language) {
        if (!language.code().equals("it")) {
            return false;
        }
        String elided = word.elided().toLowerCase(Locale.ROOT).replace('\u2019', '\'');
        if (!elided.isEmpty()) {
            return ITALIAN_ELIDED_ARTICLES.contains(elided);
        }
        return wordBefore(text, word, ITALIAN_MASCULINE_ARTICLES, true);
    }

    /** A definite article right before the name, in a language that capitalises institutions' common nouns. */
    static boolean definiteArticleBefore(AnalyzedText text, Token name, LanguageProfile language) {
        return wordBefore(text, name, DEFINITE_ARTICLES.get(language.code()), false);
    }

    /**
     * Languages whose press puts no article before a person's name: there "de Tros", "la Defensa Civil" name an
     * institution. Italian ("la Merkel"), German and Portuguese write one before people too.
     */
    private static final Set<String> NO_ARTICLE_BEFORE_PEOPLE = Set.of("es", "nl");
    /** Dutch "het" is a pronoun as often ("is het Mickael zelf"), "den" and "der" open surnames ("van den Abeele"). */
    private static final Set<String> DUTCH_PARTICLES_OR_PRONOUN = Set.of("het", "den", "der");

    /** A definite article inside the sentence right before the name, in a language that never writes one before a person. */
    static boolean articleBeforeInstitution(AnalyzedText text, Token name, LanguageProfile language) {
        return NO_ARTICLE_BEFORE_PEOPLE.contains(language.code())
                && wordBefore(text, name, word -> !DUTCH_PARTICLES_OR_PRONOUN.contains(word) && DEFINITE_ARTICLES.get(language.code()).contains(word));
    }

    /** @param folded whether the word is compared in lower case (a sentence may open with it) */
    private static boolean wordBefore(AnalyzedText text, Token name, Set<String> words, boolean folded) {
        return words != null && wordBefore(text, name, word -> words.contains(folded ? word.toLowerCase(Locale.ROOT) : word));
    }

    private static boolean wordBefore(AnalyzedText text, Token name, java.util.function.Predicate<String> matches) {
        int before = name.index() - 1;
        if (before < 0) {
            return false;
        }
        Token previous = text.tokens().get(before);
        return previous.sentence() == name.sentence() && text.gap(previous, name).isBlank() && matches.test(previous.text());
    }
}
