package io.automl.space.parse;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.TextNode;
import io.automl.space.Budget;
import io.automl.space.Constraint;
import io.automl.space.DatasetSpec;
import io.automl.space.EarlyStopping;
import io.automl.space.EvaluatorSpec;
import io.automl.space.Objective;
import io.automl.space.Param;
import io.automl.space.PrunerSpec;
import io.automl.space.SamplerSpec;
import io.automl.space.SearchSpace;
import io.automl.space.StudyName;
import io.automl.space.Task;
import io.automl.space.arch.ArchitectureSpace;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Turns one parsed document into a {@link SearchSpace}, collecting every problem; builds the space only
 * when there is none. One instance per document; not thread-safe.
 */
final class SpaceReader {
    private static final Set<String> FIELDS = Set.of("version", "name", "objective", "objectives",
            "constraints", "dataset", "budget", "sampler",
            "pruner", "earlyStopping", "evaluator", "params", "architecture");

    private final JsonNode root;
    private final Errors errors;
    private final SpaceParser.Options options;
    private final Path baseDirectory;
    private final PluginCatalog plugins;
    private final boolean stored;

    /**
     * {@code plugins} null accepts any sampler and pruner type and leaves their options unchecked; {@code stored}
     * reads the text of a study stored earlier, whose name was accepted by the rules of its day.
     */
    SpaceReader(JsonNode root, SpaceParser.Options options, Path baseDirectory, PluginCatalog plugins,
            boolean stored) {
        this.stored = stored;
        this.root = root;
        this.errors = new Errors(root);
        this.options = options;
        this.baseDirectory = baseDirectory;
        this.plugins = plugins;
    }

    /** The space, or an {@link InvalidSpaceException} listing every problem. */
    SearchSpace read() {
        Obj o = Obj.open(root, "", errors, FIELDS);
        if (o == null) {
            throw new InvalidSpaceException(errors.sorted());
        }
        o.integer("version", 1, 1, 1);
        String name = o.string("name", null, null);
        if (name != null && !stored) {
            StudyName.problem(name).ifPresent(problem -> errors.add("/name", "name " + problem,
                    TextNode.valueOf(StudyName.shown(name))));
        }
        SettingsReader settings = new SettingsReader(errors, plugins);
        EvaluatorSpec evaluator = o.has("evaluator")
                ? settings.evaluator(o.get("evaluator"), "/evaluator", options.allowCommandEvaluator())
                : EvaluatorSpec.dl4j();
        // command and library evaluators compute their own objective: any metric name, no data set needed
        boolean command = evaluator != null ? !evaluator.type().equals("dl4j")
                : !o.get("evaluator").path("type").asText("dl4j").equals("dl4j");
        ObjectivesReader multi = new ObjectivesReader(errors, command);
        List<Objective> objectives = null;
        if (o.has("objective") && o.has("objectives")) {
            errors.add("/objectives", "give either objective (one) or objectives (2 or 3), not both",
                    o.get("objectives"));
        } else if (o.has("objectives")) {
            objectives = multi.objectives(o.get("objectives"), "/objectives");
        } else if (!o.has("objective")) {
            o.missing("objective");
        } else {
            Objective objective = settings.objective(o.get("objective"), "/objective", command);
            objectives = objective == null ? null : List.of(objective);
        }
        List<Constraint> constraints = o.has("constraints") ? multi.constraints(o.get("constraints"), "/constraints")
                : List.of();
        DatasetSpec dataset = null;
        if (o.has("dataset")) {
            JsonNode data = new RefReader(errors, options.refs()).resolve(o.get("dataset"), "/dataset");
            dataset = data == null ? null : new DatasetReader(errors, baseDirectory, options.requireDatasetFile(),
                    options.policy()).read(data, "/dataset");
            if (dataset != null && o.get("dataset").hasNonNull("ref")) {
                dataset = dataset.withRef(o.get("dataset").get("ref").asText());
            }
        } else if (!command) {
            o.missing("dataset");
        }
        Budget budget = o.has("budget") ? settings.budget(o.get("budget"), "/budget") : new Budget(20, 20, 0, 1, 0);
        boolean several = o.has("objectives");
        SamplerSpec sampler = o.has("sampler") ? settings.sampler(o.get("sampler"), "/sampler", several)
                : new SamplerSpec(SamplerSpec.DEFAULT_TYPE, 0, java.util.Map.of());
        PrunerSpec pruner = o.has("pruner") ? settings.pruner(o.get("pruner"), "/pruner") : PrunerSpec.none();
        if (several) {
            singleObjectiveOnly(o, sampler, pruner);
        }
        EarlyStopping early = o.has("earlyStopping") ? settings.earlyStopping(o.get("earlyStopping"), "/earlyStopping")
                : null;
        DistReader dists = new DistReader(errors);
        List<Param> params = o.has("params") ? new ParamsReader(errors, dists).read(o.get("params"), "/params")
                : List.of();
        Optional<Task> task = dataset != null ? Optional.of(dataset.task()) : TaskRules.declared(o.get("dataset"));
        task.ifPresent(t -> {
            TaskRules rules = new TaskRules(errors);
            rules.metric(o.get("objective"), "/objective", t);
            multi.checkTask(o.get("objectives"), "/objectives", t);
            multi.checkTask(o.get("constraints"), "/constraints", t);
            rules.metric(o.get("earlyStopping"), "/earlyStopping", t);
        });
        ArchitectureSpace architecture = null;
        if (o.has("architecture")) {
            architecture = new ArchitectureReader(errors, dists, task.orElse(Task.CLASSIFICATION),
                    ImageInput.of(dataset)).read(o.get("architecture"), "/architecture");
            new AugmentationRules(errors).check(params, architecture);
        } else if (!command) {
            errors.add("/architecture", "required field 'architecture' is missing (the dl4j evaluator needs a network)",
                    null);
        }
        if (!errors.isEmpty()) {
            throw new InvalidSpaceException(errors.sorted());
        }
        SearchSpace space = new SearchSpace(name, objectives, constraints, dataset, budget, sampler, pruner,
                Optional.ofNullable(early), evaluator, params, Optional.ofNullable(architecture));
        // with gridPoints the grid sampler discretizes continuous ranges itself
        if (sampler.type().equals("grid") && !sampler.options().containsKey("gridPoints")
                && space.gridSize().isEmpty()) {
            errors.add(o.has("sampler") ? "/sampler/type" : "/sampler", "grid search needs a fully discrete space of"
                    + " at most 1000000 configurations (use int, categorical or stepped float ranges, or give the"
                    + " sampler option gridPoints)",
                    o.node().path("sampler").get("type"));
            throw new InvalidSpaceException(errors.sorted());
        }
        return space;
    }

    /** Reports a sampler or pruner that works on one objective only, in a space with several. */
    private void singleObjectiveOnly(Obj o, SamplerSpec sampler, PrunerSpec pruner) {
        if (sampler != null && Vocabulary.SINGLE_OBJECTIVE_SAMPLERS.contains(sampler.type())) {
            errors.add("/sampler/type", "sampler '" + sampler.type() + "' needs a single objective; with objectives"
                    + " use nsga2 (the default), random, grid, halton or sobol", o.get("sampler").get("type"));
        }
        if (pruner != null && Vocabulary.SINGLE_OBJECTIVE_PRUNERS.contains(pruner.type())) {
            errors.add("/pruner/type", "pruner '" + pruner.type() + "' needs a single objective (it compares one"
                    + " metric's learning curves); with objectives use none", o.get("pruner").get("type"));
        }
    }
}
