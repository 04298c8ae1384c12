package dev.schemaverify.report;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.networknt.schema.Error;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javax.xml.XMLConstants;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.SchemaFactory;
import org.junit.jupiter.api.Test;

/**
 * The JUnit XML validates against the JUnit XSD CI servers accept, and the SARIF against the SARIF 2.1.0
 * JSON schema; both schemas are shipped in {@code src/test/resources/schemas}.
 */
class ReportSchemasTest {
    private static final Path SCHEMAS = Path.of("src/test/resources/schemas");

    @Test
    void junitXmlValidatesAgainstTheJunitSchema() throws Exception {
        javax.xml.validation.Schema xsd = SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI)
                .newSchema(SCHEMAS.resolve("JUnit.xsd").toFile());
        for (Report report : List.of(SampleReports.report(), SampleReports.clean())) {
            // throws SAXException naming the line and the rule it breaks
            xsd.newValidator().validate(new StreamSource(new StringReader(new JunitWriter().render(report))));
        }
    }

    @Test
    void sarifValidatesAgainstTheSarif210Schema() throws Exception {
        Schema schema = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_4)
                .getSchema(Files.readString(SCHEMAS.resolve("sarif-schema-2.1.0.json")), InputFormat.JSON);
        for (Report report : List.of(SampleReports.report(), SampleReports.clean())) {
            List<Error> errors = schema.validate(new SarifWriter().render(report), InputFormat.JSON);
            assertEquals(List.of(), errors.stream().map(Error::toString).toList());
        }
    }

    @Test
    void theSarifSchemaRejectsWhatItMust() throws Exception {
        // the validator really checks: a result without a message breaks the schema
        Schema schema = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_4)
                .getSchema(Files.readString(SCHEMAS.resolve("sarif-schema-2.1.0.json")), InputFormat.JSON);
        String broken = new SarifWriter().render(SampleReports.report()).replaceFirst("\"message\": \\{", "\"note\": {");
        assertEquals(false, schema.validate(broken, InputFormat.JSON).isEmpty());
    }
}
