package vn.registry.system;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import vn.registry.committee.CommitteeStatus;
import vn.registry.decision.DecisionType;
import vn.registry.locality.Level;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every word a page shows comes from messages.properties / messages_en.properties (as in Spring
 * PetClinic's I18nPropertiesSyncTest): no literal text in templates, no key a template uses missing
 * from either language, and the two languages have the same keys. Reads the sources directly.
 */
class I18nTemplatesTest {

	private static final Path TEMPLATES = Path.of("src/main/resources/templates");

	private static final Path MESSAGES = Path.of("src/main/resources/messages.properties");

	private static final Path MESSAGES_EN = Path.of("src/main/resources/messages_en.properties");

	private static final Pattern COMMENT = Pattern.compile("<!--.*?-->", Pattern.DOTALL);

	private static final Pattern SCRIPT_OR_STYLE = Pattern.compile("<(script|style)\\b[^>]*>.*?</\\1\\s*>",
			Pattern.DOTALL | Pattern.CASE_INSENSITIVE);

	/** A tag, with quoted attribute values that may hold '>' ({@code th:if="${a > b}"}). */
	private static final Pattern TAG = Pattern.compile("<(?:[^>\"']|\"[^\"]*\"|'[^']*')*>");

	private static final Pattern ENTITY = Pattern.compile("&(?:[a-zA-Z]+|#\\d+|#x[0-9a-fA-F]+);");

	/** Thymeleaf inlined expressions ({@code [[#{key}]]}, {@code [(${value})]}) are not literal text. */
	private static final Pattern INLINED = Pattern.compile("\\[\\[.*?]]|\\[\\(.*?\\)]", Pattern.DOTALL);

	private static final Pattern LETTER = Pattern.compile("\\p{L}");

	/** Human-facing attributes written without th: (th:title etc. are fine). */
	private static final Pattern LITERAL_ATTRIBUTE = Pattern
		.compile("(?<![:\\w-])(title|alt|placeholder|aria-label|label)=\"([^\"]*\\p{L}[^\"]*)\"");

	/** {@code #{key}} and {@code #{key(args)}}: static keys only; dynamic ones are covered below. */
	private static final Pattern MESSAGE_KEY = Pattern.compile("#\\{([A-Za-z][\\w.-]*)\\s*[}(]");

	/** {@code #messages.msg('key')} and its variants, where the whole key is literal (not {@code 'prefix.' + x}). */
	private static final Pattern MESSAGES_UTILITY = Pattern.compile("#messages\\.\\w+\\(\\s*'([^']+)'\\s*[,)]");

	@Test
	void templatesContainNoLiteralText() throws IOException {
		List<String> literals = new ArrayList<>();
		for (Path template : templates()) {
			String html = Files.readString(template, StandardCharsets.UTF_8);
			String text = INLINED.matcher(html).replaceAll(" ");
			text = COMMENT.matcher(text).replaceAll(" ");
			text = SCRIPT_OR_STYLE.matcher(text).replaceAll(" ");
			text = TAG.matcher(text).replaceAll("\n");
			text = ENTITY.matcher(text).replaceAll(" ");
			for (String node : text.split("\n")) {
				if (LETTER.matcher(node).find()) {
					literals.add(TEMPLATES.relativize(template) + ": \"" + node.strip() + "\"");
				}
			}
		}

		assertThat(literals).as("text written into templates instead of messages*.properties").isEmpty();
	}

	@Test
	void templatesContainNoLiteralHumanFacingAttributes() throws IOException {
		List<String> literals = new ArrayList<>();
		for (Path template : templates()) {
			Matcher matcher = LITERAL_ATTRIBUTE.matcher(COMMENT.matcher(Files.readString(template, StandardCharsets.UTF_8))
				.replaceAll(" "));
			while (matcher.find()) {
				literals.add(TEMPLATES.relativize(template) + ": " + matcher.group());
			}
		}

		assertThat(literals).as("attributes to write as th:title, th:placeholder, th:aria-label…").isEmpty();
	}

	@Test
	void everyKeyATemplateUsesIsInBothLanguages() throws IOException {
		Set<String> used = usedKeys();
		Set<String> vietnamese = load(MESSAGES).stringPropertyNames();
		Set<String> english = load(MESSAGES_EN).stringPropertyNames();

		assertThat(used).as("keys found in templates").hasSizeGreaterThan(50).contains("app.name", "value.unknown");
		assertThat(vietnamese).as("keys missing from messages.properties").containsAll(used);
		assertThat(english).as("keys missing from messages_en.properties").containsAll(used);
	}

	@Test
	void everyLevelDecisionTypeAndStatusHasALabelInBothLanguages() throws IOException {
		Set<String> dynamic = dynamicKeys();

		assertThat(dynamic).contains("level.PROVINCE", "decision.type.ESTABLISH", "committee.status.ACTIVE");
		assertThat(load(MESSAGES).stringPropertyNames()).containsAll(dynamic);
		assertThat(load(MESSAGES_EN).stringPropertyNames()).containsAll(dynamic);
	}

	@Test
	void bothLanguagesHaveExactlyTheSameKeys() throws IOException {
		Set<String> vietnamese = new TreeSet<>(load(MESSAGES).stringPropertyNames());
		Set<String> english = new TreeSet<>(load(MESSAGES_EN).stringPropertyNames());

		assertThat(vietnamese).as("keys of messages.properties compared with messages_en.properties")
			.containsExactlyElementsOf(english);
	}

	@Test
	void noMessageIsBlank() throws IOException {
		for (Path file : List.of(MESSAGES, MESSAGES_EN)) {
			Properties messages = load(file);
			assertThat(messages.stringPropertyNames()).as("blank messages in %s", file)
				.allSatisfy(key -> assertThat(messages.getProperty(key)).as(key).isNotBlank());
		}
	}

	private static Set<String> usedKeys() throws IOException {
		Set<String> keys = new TreeSet<>();
		for (Path template : templates()) {
			String html = Files.readString(template, StandardCharsets.UTF_8);
			for (Pattern pattern : List.of(MESSAGE_KEY, MESSAGES_UTILITY)) {
				Matcher matcher = pattern.matcher(html);
				while (matcher.find()) {
					keys.add(matcher.group(1));
				}
			}
		}
		return keys;
	}

	/** Keys templates build at run time: {@code #{'level.' + ${l.name()}}}, {@code #{${d.type.messageKey()}}}. */
	private static Set<String> dynamicKeys() {
		Set<String> keys = new TreeSet<>();
		for (Level level : Level.values()) {
			keys.add("level." + level.name());
		}
		for (DecisionType type : DecisionType.values()) {
			keys.add(type.messageKey());
		}
		for (CommitteeStatus status : CommitteeStatus.values()) {
			keys.add(status.messageKey());
		}
		return keys;
	}

	private static List<Path> templates() throws IOException {
		try (Stream<Path> files = Files.walk(TEMPLATES)) {
			List<Path> templates = files.filter(path -> path.toString().endsWith(".html")).sorted().toList();
			assertThat(templates).as("templates under %s", TEMPLATES).isNotEmpty();
			return templates;
		}
	}

	private static Properties load(Path file) throws IOException {
		Properties properties = new Properties();
		try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
			properties.load(reader);
		}
		assertThat(properties).as("messages in %s", file).isNotEmpty();
		return properties;
	}

}
