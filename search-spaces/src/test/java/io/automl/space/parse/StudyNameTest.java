package io.automl.space.parse;

import static io.automl.space.parse.Docs.at;
import static io.automl.space.parse.Docs.only;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.automl.space.StudyName;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The study-name rule as the parser applies it: a bad name is one error at {@code /name} with the value. */
class StudyNameTest {
    private final Docs docs = new Docs();

    private String named(String name) {
        return docs.with(r -> r.put("name", name));
    }

    @Test
    void namesWithinTheRuleParse() {
        for (String ok : List.of("a", "Z", "7", "_x", "digits-mlp", "iris_quick.v2", "a.-_b", "n".repeat(100))) {
            assertEquals(ok, docs.parser.parse(named(ok)).name());
            assertTrue(StudyName.problem(ok).isEmpty(), ok);
        }
    }

    @Test
    void badNamesAreOneErrorAtTheNamePointerWithTheValue() {
        only(docs.errors(named("two words")), "/name", "\"two words\"", "it has a space at index 3");
        only(docs.errors(named(".hidden")), "/name", "\".hidden\"", "it starts with '.'");
        only(docs.errors(named("-flag")), "/name", "\"-flag\"", "it starts with '-'");
        only(docs.errors(named("a/b")), "/name", "\"a/b\"", "it has '/' at index 1");
        only(docs.errors(named("run@night")), "/name", "\"run@night\"", "it has '@' at index 3");
        only(docs.errors(named("caf\u00e9")), "/name", "\"caf\u00e9\"", "it has U+00E9 at index 3");
        only(docs.errors(named("tab\there")), "/name", "\"tab\\there\"", "it has U+0009 at index 3");
        only(docs.errors(named("n".repeat(101))), "/name", "\"" + "n".repeat(40) + "... (101 characters)\"",
                "it has 101 characters");
        for (String bad : List.of("two words", ".hidden", "n".repeat(101))) {
            assertTrue(docs.errors(named(bad)).get(0).message().contains(StudyName.RULE), bad);
        }
    }

    @Test
    void aStoredStudyKeepsTheNameItWasCreatedWith() {
        // a study stored by a release with a looser rule still resumes, runs and shows under its name
        assertEquals("two words", docs.parser.parseStored(named("two words"), null).name());
        assertEquals(1, docs.errors(named("two words")).size(), "new spaces are still held to the rule");
    }

    @Test
    void aHugeNameIsReportedShortly() {
        List<SpaceError> errors = docs.errors(named("x".repeat(10_000)));
        assertEquals(1, errors.size(), Docs.render(errors));
        SpaceError e = only(errors, "/name", "\"" + "x".repeat(40) + "... (10000 characters)\"",
                "it has 10000 characters");
        assertTrue(e.toString().length() < 400, e.toString());
    }

    @Test
    void theNameErrorComesWithTheOthers() {
        List<SpaceError> errors = docs.errors(docs.with(r -> {
            r.put("name", "bad name");
            at(r, "/params/lr").put("low", 0.5);
        }));
        assertEquals(2, errors.size(), Docs.render(errors));
        assertEquals(List.of("/name", "/params/lr/low"), errors.stream().map(SpaceError::pointer).toList());
    }

    @Test
    void yamlNamesFollowTheSameRule() {
        String yaml = docs.with(r -> { }).replace("\"name\":\"t\"", "\"name\":\"t t\"");
        only(docs.errors(yaml), "/name", "\"t t\"", "it has a space at index 1");
        List<SpaceError> fromYaml = docs.errors("name: two words\n");
        assertTrue(fromYaml.stream().anyMatch(e -> e.pointer().equals("/name") && "\"two words\"".equals(e.value())),
                Docs.render(fromYaml));
    }
}
