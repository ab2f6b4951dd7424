package vn.registry.browser;

import java.io.StringReader;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;

import nu.validator.checker.CspEnforcementChecker;
import nu.validator.checker.DuplicateDtChecker;
import nu.validator.checker.HeadingHierarchyChecker;
import nu.validator.checker.MicrodataChecker;
import nu.validator.checker.NormalizationChecker;
import nu.validator.checker.SpeculationRulesChecker;
import nu.validator.checker.TextContentChecker;
import nu.validator.checker.UncheckedSubtreeWarner;
import nu.validator.checker.UsemapChecker;
import nu.validator.checker.XmlPiChecker;
import nu.validator.checker.jing.CheckerSchema;
import nu.validator.checker.jing.CheckerValidator;
import nu.validator.checker.table.TableChecker;
import nu.validator.htmlparser.common.Heuristics;
import nu.validator.htmlparser.common.XmlViolationPolicy;
import nu.validator.htmlparser.sax.HtmlParser;
import nu.validator.localentities.LocalCacheEntityResolver;
import nu.validator.vendor.thaiopensource.relaxng.impl.CombineValidator;
import nu.validator.vendor.thaiopensource.util.PropertyMap;
import nu.validator.vendor.thaiopensource.util.PropertyMapBuilder;
import nu.validator.vendor.thaiopensource.validate.Schema;
import nu.validator.vendor.thaiopensource.validate.ValidateProperty;
import nu.validator.vendor.thaiopensource.validate.Validator;
import nu.validator.vendor.thaiopensource.validate.prop.rng.RngProperty;
import nu.validator.vendor.thaiopensource.validate.rng.CompactSchemaReader;
import nu.validator.vendor.thaiopensource.xml.sax.Jaxp11XMLReaderCreator;
import nu.validator.xml.AttributesPermutingXMLReaderWrapper;
import nu.validator.xml.NullEntityResolver;
import nu.validator.xml.ariaattributes.AriaAttributeDroppingSchemaWrapper;
import nu.validator.xml.customelements.NamespaceChangingSchemaWrapper;
import nu.validator.xml.dataattributes.DataAttributeDroppingSchemaWrapper;
import nu.validator.xml.langattributes.XmlLangAttributeDroppingSchemaWrapper;
import nu.validator.xml.roleattributes.RoleAttributeFilteringSchemaWrapper;
import nu.validator.xml.templateelement.TemplateElementDroppingSchemaWrapper;
import org.xml.sax.ErrorHandler;
import org.xml.sax.InputSource;
import org.xml.sax.SAXParseException;
import org.xml.sax.XMLReader;

/**
 * The W3C Nu HTML checker (nu.validator:validator, the checker behind validator.w3.org/nu), in
 * process and offline, on the HTML the application served.
 *
 * <p>It is assembled from the checker's own parts the way its {@code SimpleDocumentValidator} (and
 * so {@code EmbeddedValidator}) assembles them — the HTML parser, the HTML5 RELAX NG schema from the
 * checker's jar, the assertion checker and the other checkers — but without that class, whose
 * remote-document loader needs Jetty 11 and log4j 1: on the test classpath an old Jetty client
 * would be picked up by Spring's {@code RestClient} (it looks for {@code org.eclipse.jetty.client.HttpClient}).
 * Language detection (which only ever warns) is left out.
 */
final class HtmlChecker {

	private static final String HTML5_SCHEMA = "http://s.validator.nu/html5-all.rnc";

	private static Schema schema;

	private HtmlChecker() {
	}

	/** One message of the checker: {@code error}, {@code fatal} or {@code warning}, where. */
	record Message(String type, int line, int column, String message, String extract) {

		boolean isError() {
			return !"warning".equals(type);
		}

		@Override
		public String toString() {
			return type + " at " + line + ":" + column + ": " + message + (extract != null ? "\n      " + extract : "");
		}

	}

	/** Checks one HTML document; answers all of the checker's messages. */
	static synchronized List<Message> check(String html) {
		String[] lines = html.split("\n", -1);
		List<Message> messages = new ArrayList<>();
		ErrorHandler handler = new ErrorHandler() {

			@Override
			public void warning(SAXParseException ex) {
				messages.add(message("warning", ex));
			}

			@Override
			public void error(SAXParseException ex) {
				messages.add(message("error", ex));
			}

			@Override
			public void fatalError(SAXParseException ex) {
				messages.add(message("fatal", ex));
			}

			private Message message(String type, SAXParseException ex) {
				int line = ex.getLineNumber();
				String extract = line >= 1 && line <= lines.length ? abbreviate(lines[line - 1].strip()) : null;
				return new Message(type, line, ex.getColumnNumber(), ex.getMessage(), extract);
			}

		};
		try {
			PropertyMap properties = properties(handler);
			Validator validator = schema().createValidator(properties);
			validator = new CombineValidator(validator, CheckerSchema.ASSERTION_SCH.createValidator(properties));
			validator = new CombineValidator(validator, new CheckerValidator(new TableChecker(), properties));
			validator = new CombineValidator(validator, new CheckerValidator(new DuplicateDtChecker(), properties));
			validator = new CombineValidator(validator, new CheckerValidator(new HeadingHierarchyChecker(), properties));
			validator = new CombineValidator(validator, new CheckerValidator(new MicrodataChecker(), properties));
			validator = new CombineValidator(validator, new CheckerValidator(new NormalizationChecker(), properties));
			validator = new CombineValidator(validator, new CheckerValidator(new SpeculationRulesChecker(), properties));
			validator = new CombineValidator(validator, new CheckerValidator(new TextContentChecker(), properties));
			validator = new CombineValidator(validator, new CheckerValidator(new UncheckedSubtreeWarner(), properties));
			validator = new CombineValidator(validator, new CheckerValidator(new UsemapChecker(), properties));
			validator = new CombineValidator(validator, new CheckerValidator(new XmlPiChecker(), properties));
			validator = new CombineValidator(validator, new CheckerValidator(new CspEnforcementChecker(), properties));

			HtmlParser parser = new HtmlParser();
			parser.setCommentPolicy(XmlViolationPolicy.ALLOW);
			parser.setContentNonXmlCharPolicy(XmlViolationPolicy.ALLOW);
			parser.setContentSpacePolicy(XmlViolationPolicy.ALTER_INFOSET);
			parser.setNamePolicy(XmlViolationPolicy.ALLOW);
			parser.setXmlnsPolicy(XmlViolationPolicy.ALTER_INFOSET);
			parser.setMappingLangToXmlLang(true);
			parser.setHeuristics(Heuristics.ALL);
			parser.setContentHandler(validator.getContentHandler());
			parser.setErrorHandler(handler);
			parser.setFeature("http://xml.org/sax/features/unicode-normalization-checking", true);
			parser.setStreamabilityViolationPolicy(XmlViolationPolicy.FATAL);
			HashMap<String, String> profile = new HashMap<>();
			profile.put("html-strict", "warn");
			parser.setErrorProfile(profile);
			XMLReader reader = new AttributesPermutingXMLReaderWrapper(parser);
			InputSource input = new InputSource(new StringReader(html));
			input.setSystemId("served.html");
			try {
				reader.parse(input);
			}
			catch (SAXParseException ex) {
				// Already reported to the handler as a fatal error.
			}
		}
		catch (Exception ex) {
			throw new AssertionError("the Nu HTML checker could not check the document", ex);
		}
		return messages;
	}

	static List<Message> errors(List<Message> messages) {
		return messages.stream().filter(Message::isError).toList();
	}

	private static PropertyMap properties(ErrorHandler handler) {
		PropertyMapBuilder builder = new PropertyMapBuilder();
		builder.put(ValidateProperty.ERROR_HANDLER, handler);
		builder.put(ValidateProperty.XML_READER_CREATOR, new Jaxp11XMLReaderCreator());
		RngProperty.CHECK_ID_IDREF.add(builder);
		return builder.toPropertyMap();
	}

	/** The HTML5 schema (with RDFa, as the checker's default), read once from the checker's jar. */
	private static Schema schema() throws Exception {
		if (schema == null) {
			System.setProperty("nu.validator.checker.enableLangDetection", "0");
			System.setProperty("nu.validator.schema.rdfa-full", "1");
			LocalCacheEntityResolver resolver = new LocalCacheEntityResolver(new NullEntityResolver());
			resolver.setAllowRnc(true);
			PropertyMapBuilder builder = new PropertyMapBuilder();
			builder.put(ValidateProperty.ERROR_HANDLER, new ErrorHandler() {

				@Override
				public void warning(SAXParseException ex) {
				}

				@Override
				public void error(SAXParseException ex) throws SAXParseException {
					throw ex;
				}

				@Override
				public void fatalError(SAXParseException ex) throws SAXParseException {
					throw ex;
				}

			});
			builder.put(ValidateProperty.ENTITY_RESOLVER, resolver);
			builder.put(ValidateProperty.XML_READER_CREATOR, new Jaxp11XMLReaderCreator());
			RngProperty.CHECK_ID_IDREF.add(builder);
			InputSource source = resolver.resolveEntity(null, HTML5_SCHEMA);
			Schema html5 = CompactSchemaReader.getInstance().createSchema(source, builder.toPropertyMap());
			html5 = new DataAttributeDroppingSchemaWrapper(html5);
			html5 = new AriaAttributeDroppingSchemaWrapper(html5);
			html5 = new XmlLangAttributeDroppingSchemaWrapper(html5);
			html5 = new RoleAttributeFilteringSchemaWrapper(html5);
			html5 = new TemplateElementDroppingSchemaWrapper(html5);
			schema = new NamespaceChangingSchemaWrapper(html5);
		}
		return schema;
	}

	private static String abbreviate(String line) {
		return line.length() > 300 ? line.substring(0, 300) + "…" : line;
	}

}
