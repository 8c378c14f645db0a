package io.automl.space.parse;

import static io.automl.space.parse.Docs.at;
import static io.automl.space.parse.Docs.only;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;

/** Every validation rule, each with the pointer and value it reports; one mistake gives one error. */
class ValidationTest {
    private final Docs docs = new Docs();

    private SpaceError single(Consumer<ObjectNode> edit, String pointer, String value, String words) {
        List<SpaceError> errors = docs.errors(docs.with(edit));
        assertEquals(1, errors.size(), Docs.render(errors));
        return only(errors, pointer, value, words);
    }

    @Test
    void unknownFieldsAnywhere() {
        single(r -> at(r, "/params/lr").put("lwo", 0.01), "/params/lr/lwo", "0.01", "unknown field 'lwo'");
        single(r -> r.put("colour", "red"), "/colour", "\"red\"", "unknown field");
        single(r -> at(r, "/architecture/blocks/0/layer").put("unit", 3), "/architecture/blocks/0/layer/unit", "3",
                "expected one of activation, dropout, type, units");
        single(r -> at(r, "/dataset").putObject("split").put("train", 0.6), "/dataset/split/train", "0.6", "unknown");
    }

    @Test
    void wrongTypes() {
        single(r -> r.putObject("budget").put("trials", "ten"), "/budget/trials", "\"ten\"", "expected an integer");
        single(r -> at(r, "/params/lr").put("log", "yes"), "/params/lr/log", "\"yes\"", "expected true or false");
        single(r -> at(r, "/params/lr").put("low", "0.1"), "/params/lr/low", "\"0.1\"", "expected a number");
        single(r -> r.put("name", 7), "/name", "7", "expected a non-empty string");
        single(r -> r.putArray("objective"), "/objective", "[]", "expected an object");
        single(r -> at(r, "/params").putArray("x").add(1), "/params/x", "[1]", "or a distribution object");
        single(r -> at(r, "/params").putNull("x"), "/params/x", "null", "got null");
    }

    @Test
    void rangeRules() {
        single(r -> at(r, "/params/lr").put("low", 0.5), "/params/lr/low", "0.5", "low must be <= high");
        single(r -> at(r, "/params/lr").put("low", 0), "/params/lr/low", "0", "a log range needs low > 0");
        single(r -> at(r, "/params/momentum").put("step", 0), "/params/momentum/step", "0", "step must be > 0");
        single(r -> at(r, "/params/lr").put("step", 0.01), "/params/lr/step", "0.01", "cannot be combined with log");
        single(r -> at(r, "/architecture/blocks/0/layer/units").put("step", -2),
                "/architecture/blocks/0/layer/units/step", "-2", "step must be >= 1");
        single(r -> at(r, "/architecture/blocks/0/layer/units").put("low", 2.5),
                "/architecture/blocks/0/layer/units/low", "2.5", "expected an integer");
        single(r -> at(r, "/params/lr").remove("high"), "/params/lr/high", null, "required field 'high'");
    }

    @Test
    void categoricalAndTypeRules() {
        single(r -> at(r, "/params/bs").putArray("values"), "/params/bs/values", "[]", "non-empty array");
        single(r -> at(r, "/params/bs").withArray("values").add(32), "/params/bs/values/2", "32", "duplicate");
        single(r -> at(r, "/params/bs").withArray("values").addObject(), "/params/bs/values/2", "{}",
                "a choice must be");
        single(r -> at(r, "/params/lr").put("type", "gaussian"), "/params/lr/type", "\"gaussian\"",
                "unknown distribution type");
        single(r -> at(r, "/params/lr").remove("type"), "/params/lr/type", null, "required field 'type'");
    }

    @Test
    void architectureRules() {
        single(r -> at(r, "/architecture/blocks/0/layer").put("type", "conv9"),
                "/architecture/blocks/0/layer/type", "\"conv9\"", "unknown layer type");
        single(r -> at(r, "/architecture/blocks/0/layer/activation").withArray("values").add("relux"),
                "/architecture/blocks/0/layer/activation/values/2", "\"relux\"", "activation must be one of");
        single(r -> at(r, "/architecture/blocks/0/layer").put("activation", "softmax"),
                "/architecture/blocks/0/layer/activation", "\"softmax\"", "activation must be one of");
        single(r -> at(r, "/architecture/output").put("loss", "hinge"), "/architecture/output/loss", "\"hinge\"",
                "unknown loss");
        single(r -> at(r, "/architecture/output").put("activation", "relux"), "/architecture/output/activation",
                "\"relux\"", "unknown activation");
        single(r -> at(r, "/architecture/blocks/0/layer/dropout").put("high", 1.0),
                "/architecture/blocks/0/layer/dropout/high", "1.0", "dropout must be a number in [0, 1)");
        single(r -> at(r, "/architecture/blocks/0/layer").put("dropout", -0.1),
                "/architecture/blocks/0/layer/dropout", "-0.1", "dropout must be");
        single(r -> at(r, "/architecture/blocks/0/layer/units").put("low", 0),
                "/architecture/blocks/0/layer/units/low", "0", "units must be an integer >= 1");
        single(r -> at(r, "/architecture/blocks/0/layer").put("units", 0),
                "/architecture/blocks/0/layer/units", "0", "units must be an integer >= 1");
        single(r -> at(r, "/architecture/blocks/0/layer/units").put("type", "float"),
                "/architecture/blocks/0/layer/units/type", "\"float\"", "units cannot be a float distribution");
        single(r -> at(r, "/architecture/blocks/0").put("repeat", -1), "/architecture/blocks/0/repeat", "-1",
                "repeat must be an integer >= 0");
        single(r -> at(r, "/architecture/blocks/0").put("repeat", 1.5), "/architecture/blocks/0/repeat", "1.5",
                "repeat must be an integer >= 0");
        single(r -> at(r, "/architecture/blocks/0/repeat").put("type", "categorical"),
                "/architecture/blocks/0/repeat/type", "\"categorical\"", "repeat cannot be a categorical");
        single(r -> at(r, "/architecture/blocks/0/repeat").put("low", -1),
                "/architecture/blocks/0/repeat/low", "-1", "repeat must be an integer >= 0");
        single(r -> at(r, "/architecture/blocks/0/layer").remove("units"),
                "/architecture/blocks/0/layer/units", null, "required field 'units'");
        single(r -> r.remove("architecture"), "/architecture", null, "dl4j evaluator needs a network");
    }

    @Test
    void settingsNames() {
        single(r -> at(r, "/objective").put("metric", "auc"), "/objective/metric", "\"auc\"", "unknown metric");
        single(r -> at(r, "/objective").put("metric", "value"), "/objective/metric", "\"value\"", "unknown metric");
        single(r -> at(r, "/objective").put("direction", "up"), "/objective/direction", "\"up\"", "unknown direction");
        single(r -> r.remove("objective"), "/objective", null, "required field 'objective'");
        single(r -> r.putObject("sampler").put("type", "bayes"), "/sampler/type", "\"bayes\"", "unknown type");
        single(r -> r.putObject("pruner").put("type", "sometimes"), "/pruner/type", "\"sometimes\"", "unknown type");
        single(r -> r.putObject("earlyStopping").put("metric", "auc"), "/earlyStopping/metric", "\"auc\"",
                "unknown metric");
        single(r -> r.putObject("earlyStopping").put("patience", 0), "/earlyStopping/patience", "0",
                "between 1 and");
        single(r -> r.putObject("sampler").putObject("nested"), "/sampler/nested", "{}", "an option must be");
    }

    @Test
    void budgetRanges() {
        single(r -> r.putObject("budget").put("parallelism", 0), "/budget/parallelism", "0", "between 1 and 1024");
        single(r -> r.putObject("budget").put("epochs", 0), "/budget/epochs", "0", "between 1 and");
        single(r -> r.putObject("budget").put("trials", 3_000_000), "/budget/trials", "3000000", "between 1 and");
        single(r -> r.putObject("budget").put("minutes", -1), "/budget/minutes", "-1", "minutes must be in [0");
    }

    @Test
    void datasetRules() {
        single(r -> at(r, "/dataset").remove("path"), "/dataset/path", null, "required field 'path'");
        single(r -> at(r, "/dataset").put("path", " "), "/dataset/path", "\" \"", "non-empty string");
        single(r -> r.remove("dataset"), "/dataset", null, "required field 'dataset'");
        single(r -> at(r, "/dataset").putObject("split").put("validation", 0), "/dataset/split/validation", "0",
                "validation must be > 0");
        single(r -> at(r, "/dataset").putObject("split").put("validation", 1.5), "/dataset/split/validation",
                "1.5", "validation must be in [0, 1)");
        single(r -> at(r, "/dataset").putObject("split").put("validation", 0.6).put("test", 0.4), "/dataset/split",
                "{\"validation\":0.6,\"test\":0.4}", "validation + test must be < 1");
        single(r -> at(r, "/dataset").put("normalize", "zscore"), "/dataset/normalize", "\"zscore\"", "unknown");
        single(r -> at(r, "/dataset").put("type", "parquet"), "/dataset/type", "\"parquet\"", "unknown type");
        single(r -> at(r, "/dataset").put("limit", -5), "/dataset/limit", "-5", "between 0 and");
    }

    @Test
    void conditions() {
        single(r -> at(r, "/params/momentum").putObject("when").put("optimizer", "sgd"),
                "/params/momentum/when/optimizer", "\"sgd\"", "not a parameter declared before");
        single(r -> at(r, "/params/lr").putObject("when").put("opt", "sgd"),
                "/params/lr/when/opt", "\"sgd\"", "not a parameter declared before");
        single(r -> at(r, "/params/momentum").putObject("when").put("opt", "sgdd"),
                "/params/momentum/when/opt", "\"sgdd\"", "never takes this value");
        single(r -> at(r, "/params/momentum").putObject("when").putArray("opt").add("adam").add("nadam"),
                "/params/momentum/when/opt/1", "\"nadam\"", "never takes this value");
        single(r -> at(r, "/params/momentum").putObject("when"), "/params/momentum/when", "{}", "non-empty object");
        single(r -> at(r, "/params").put("arch.b0.repeat", 3), "/params/arch.b0.repeat", "3", "must not start");
    }

    @Test
    void evaluatorRules() {
        single(r -> r.putObject("evaluator").put("type", "command"), "/evaluator/command", null,
                "required field 'command'");
        single(r -> r.putObject("evaluator").put("type", "python"), "/evaluator/type", "\"python\"", "unknown type");
        single(r -> r.putObject("evaluator").putArray("command").add("x"), "/evaluator/command", "[\"x\"]",
                "only for the command evaluator");
        String command = docs.with(r -> {
            r.putObject("evaluator").put("type", "command").putArray("command").add("python3").add("train.py");
            at(r, "/objective").put("metric", "value");
        });
        assertEquals("value", docs.parser.parse(command).objective().metric());
        SpaceParser strict = new SpaceParser(new SpaceParser.Options(false, true));
        InvalidSpaceException e = org.junit.jupiter.api.Assertions.assertThrows(InvalidSpaceException.class,
                () -> strict.parse(command));
        only(e.errors(), "/evaluator/type", "\"command\"", "not allowed");
        single(r -> r.putObject("evaluator").put("type", "library").putArray("command").add("x"),
                "/evaluator/command", "[\"x\"]", "only for the command evaluator");
        String library = docs.with(r -> {
            r.putObject("evaluator").put("type", "library");
            r.remove("dataset");
            at(r, "/objective").put("metric", "loss");
        });
        io.automl.space.SearchSpace space = strict.parse(library);
        assertEquals(io.automl.space.EvaluatorSpec.library(), space.evaluator());
        assertEquals("loss", space.objective().metric());
    }

    @Test
    void gridSamplerNeedsDiscreteSpace() {
        single(r -> r.putObject("sampler").put("type", "grid"), "/sampler/type", "\"grid\"", "fully discrete");
    }

    @Test
    void pointersEscapeTildeAndSlash() {
        single(r -> at(r, "/params").putObject("a/b~c").put("type", "int").put("low", 1).put("high", 2).put("lwo", 1),
                "/params/a~1b~0c/lwo", "1", "unknown field");
    }
}
