package io.automl.eval;

import io.automl.engine.Evaluation;
import io.automl.engine.Evaluator;
import io.automl.engine.Trial;
import io.automl.engine.TrialPrunedException;
import io.automl.engine.TrialSnapshot;
import io.automl.eval.bundle.ModelArtifacts;
import io.automl.eval.bundle.ModelInfo;
import io.automl.eval.bundle.TrainedModel;
import io.automl.eval.data.DataSplit;
import io.automl.eval.data.DatasetCache;
import io.automl.eval.data.PreparedData;
import io.automl.eval.dl4j.Augmenter;
import io.automl.eval.dl4j.EpochMetrics;
import io.automl.eval.dl4j.FanInBiases;
import io.automl.eval.dl4j.Hyperparameters;
import io.automl.eval.dl4j.InferenceTimer;
import io.automl.eval.dl4j.Metrics;
import io.automl.eval.dl4j.Nd4jSettings;
import io.automl.eval.dl4j.RegressionMetrics;
import io.automl.eval.dl4j.LearningRateSchedules;
import io.automl.eval.dl4j.LibraryVersions;
import io.automl.eval.dl4j.NetworkFactory;
import io.automl.eval.dl4j.Outputs;
import io.automl.eval.dl4j.ThreadControl;
import io.automl.eval.dl4j.Trainer;
import io.automl.eval.dl4j.TrainingResult;
import io.automl.eval.provenance.TrialProvenance;
import io.automl.space.Direction;
import io.automl.space.Objective;
import io.automl.space.Augmentation;
import io.automl.space.SearchSpace;
import io.automl.space.Task;
import io.automl.space.arch.NetworkPlan;
import java.nio.file.Path;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import org.deeplearning4j.nn.multilayer.MultiLayerNetwork;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.dataset.api.preprocessor.DataNormalization;

/**
 * The built-in trainer: trains the network a configuration picks from the space's architecture on the space's
 * data set (classification, or regression of a numeric target), on ND4J's backend of this process.
 *
 * <p>Hyperparameters are read per {@link Hyperparameters}; randomness comes from {@link Trial#seed()}.
 * After each epoch the objective metric on the validation split is reported (classification: {@code accuracy},
 * {@code f1_macro}, {@code log_loss}, {@code roc_auc} for two classes; regression: {@code mse}, {@code mae},
 * {@code r2} in the target's units; both: {@code val_loss}); the trial's value is the objective at the best
 * epoch, and the {@code model} artifact holds that epoch's parameters with the normalizer and, for regression,
 * the target's scaling. Attributes: {@code epochs}, {@code best_epoch}, {@code stop_reason}, the task's metrics
 * at the best epoch, {@code train_seconds}, {@code parameters} and provenance ({@code seed}, {@code data_sha256},
 * {@code dl4j_version}, {@code java_version}, {@code device}, {@code nd4j_backend}, {@code threads},
 * {@code nd4j_descriptor_caches}: see {@link TrialProvenance}) and {@code native_layers} (how many convolution and
 * batch normalization layers ran on libnd4j's oneDNN ops, see {@link Nd4jSettings#installHelpers}). The evaluation's metrics add
 * the secondary metrics {@link #SECONDARY} (inference is timed only for multi-objective or constrained spaces). A
 * {@code roc_auc} objective or early-stopping metric on data with other than two classes fails the trial with
 * the class count.
 *
 * <p>Thread-safe: several workers may call {@link #evaluate} at once; each builds its own network and
 * the data set is loaded once through the shared {@link DatasetCache}. ND4J thread limits are
 * process-wide (see {@link ThreadControl}); each evaluation first applies {@link Nd4jSettings#afterStart}.
 */
public final class Dl4jEvaluator implements Evaluator {
    /**
     * The metrics measured besides the validation metrics, for multi-objective spaces: {@code parameters},
     * {@code inference_ms} ({@link InferenceTimer}), {@code train_seconds}, {@code model_bytes}.
     */
    public static final java.util.Set<String> SECONDARY = java.util.Set.of("parameters", "inference_ms",
            "train_seconds", "model_bytes");

    /** Networks larger than this are refused unless another limit is given. */
    public static final long DEFAULT_MAX_PARAMETERS = 20_000_000L;

    private final SearchSpace space;
    private final Path baseDir;
    private final DatasetCache cache;
    private final Nd4jSettings nd4j;
    private final NetworkFactory factory;
    private final Trainer trainer;
    /** Networks with fewer parameters than this train on one ND4J thread (see {@link #threadsFor}). */
    static final long SMALL_NETWORK = 1_000_000;
    private final ThreadControl threads = new ThreadControl();
    private final ModelArtifacts artifacts = new ModelArtifacts();
    private final String dl4jVersion = LibraryVersions.dl4j();

    /** An evaluator for {@code space} with the default parameter limit and the system clock. */
    public Dl4jEvaluator(SearchSpace space, Path baseDir, DatasetCache cache) {
        this(space, baseDir, cache, DEFAULT_MAX_PARAMETERS, Clock.systemUTC());
    }

    /**
     * An evaluator for {@code space} as below, with ND4J settings read from the system properties for this
     * evaluator alone.
     */
    public Dl4jEvaluator(SearchSpace space, Path baseDir, DatasetCache cache, long maxParameters, Clock clock) {
        this(space, baseDir, cache, maxParameters, clock, new Nd4jSettings(System.getProperties()));
    }

    /**
     * An evaluator for {@code space}, resolving a relative dataset path against {@code baseDir},
     * refusing networks above {@code maxParameters}, reading deadlines against {@code clock}, and applying
     * {@code nd4j} (shared by the evaluators of one process) before each trial.
     */
    public Dl4jEvaluator(SearchSpace space, Path baseDir, DatasetCache cache, long maxParameters, Clock clock,
            Nd4jSettings nd4j) {
        this.space = Objects.requireNonNull(space, "space");
        this.nd4j = Objects.requireNonNull(nd4j, "nd4j");
        this.baseDir = Objects.requireNonNull(baseDir, "baseDir");
        this.cache = Objects.requireNonNull(cache, "cache");
        long paramLimit = space.budget().maxParameters() > 0 ? space.budget().maxParameters() : maxParameters;
        double memoryLimit = space.budget().maxActivationMB() > 0 ? space.budget().maxActivationMB()
                : NetworkFactory.DEFAULT_MAX_ACTIVATION_MB;
        this.factory = new NetworkFactory(paramLimit, memoryLimit);
        this.trainer = new Trainer(clock);
        if (space.dataset() == null) {
            throw new IllegalArgumentException("space '" + space.name() + "' declares no dataset");
        }
        if (space.architecture().isEmpty()) {
            throw new IllegalArgumentException("space '" + space.name() + "' declares no architecture");
        }
        for (var o : space.objectives()) {
            if (!SECONDARY.contains(o.metric())) {
                requireSuited(o.metric(), space.dataset().task());
            }
        }
        for (var c : space.constraints()) {
            if (!SECONDARY.contains(c.metric())) {
                requireSuited(c.metric(), space.dataset().task());
            }
        }
        space.earlyStopping().ifPresent(e -> requireSuited(e.metric(), space.dataset().task()));
        if (space.dataset().regression() && space.architecture().get().output().activation().equals("softmax")) {
            throw new IllegalArgumentException("space '" + space.name() + "': a regression output cannot be softmax");
        }
    }

    private static void requireSuited(String metric, Task task) {
        EpochMetrics.requireKnown(metric);
        if (!task.metrics().contains(metric)) {
            throw new IllegalArgumentException("metric '" + metric + "' does not apply to " + task.label()
                    + "; use one of " + String.join(", ", task.metrics()));
        }
    }

    /** Fails when a metric needs two classes and the data have another number. */
    private void requireBinaryFor(PreparedData data) throws EvaluationException {
        boolean auc = space.objectives().stream().anyMatch(o -> o.metric().equals("roc_auc"))
                || space.earlyStopping().map(e -> e.metric().equals("roc_auc")).orElse(false);
        if (auc && data.classes() != 2) {
            throw new EvaluationException("metric roc_auc needs a binary classification data set, but label column '"
                    + data.labelColumn() + "' of " + data.source() + " has " + data.classes() + " classes ("
                    + String.join(", ", data.labelNames()) + ")");
        }
    }

    /**
     * The ND4J threads a network trains with: networks below {@value #SMALL_NETWORK} parameters use one, since
     * for them a second OpenMP thread costs more than it computes (digits MLP of 50k parameters: 11.8k samples/s
     * on one thread, 3.2k on two; CNN of 20k: 2.5k against 1.5k, idle 2-core machine, BENCHMARKS.md section 7);
     * larger ones use the trial's share of the cores.
     */
    static int threadsFor(long parameters, int share) {
        return parameters < SMALL_NETWORK ? 1 : Math.max(1, share);
    }

    /** The augmentation the trial's configuration asks for; a bad value fails the trial with its reason. */
    private static Augmenter augmenter(Trial trial, NetworkPlan plan) throws EvaluationException {
        try {
            return new Augmenter(Augmentation.from(trial.config()), plan.input());
        } catch (IllegalArgumentException e) {
            throw new EvaluationException(e.getMessage(), e);
        }
    }

    @Override
    public Evaluation evaluate(Trial trial) throws EvaluationException, TrialPrunedException, InterruptedException,
            java.io.IOException {
        boolean descriptorCaches = nd4j.afterStart();
        PreparedData data = cache.get(space.dataset(), baseDir);
        requireBinaryFor(data);
        Hyperparameters hp = Hyperparameters.from(trial.config());
        NetworkPlan plan = space.plan(trial.config()).orElseThrow();
        int inputs = data.featureNames().size();
        var schedule = LearningRateSchedules.from(trial.config(), hp.learningRate(), space.budget().epochs());
        var conf = factory.build(plan, hp, inputs, data.outputs(), trial.seed(), schedule);
        MultiLayerNetwork net = new MultiLayerNetwork(conf);
        try {
            net.init();
            FanInBiases.initialize(net, trial.seed());
        } catch (RuntimeException e) {
            throw new EvaluationException("candidate network cannot be built: " + e.getMessage(), e);
        }
        int nativeLayers = nd4j.installHelpers(net);
        int trainingThreads = threadsFor(net.numParams(), trial.threads());
        threads.limit(trainingThreads);
        Augmenter augmenter = augmenter(trial, plan);
        TrainingResult r = trainer.train(net, data.train(), data.validation(), data.classes(), hp.batchSize(),
                space.budget().epochs(), trainingObjective(), space.earlyStopping(), trial, augmenter);
        Map<String, Object> attrs = new LinkedHashMap<>();
        attrs.put("epochs", r.epochs());
        attrs.put("best_epoch", r.bestEpoch());
        attrs.put("stop_reason", r.stopReason());
        attrs.putAll(r.best().asMap(""));
        attrs.put("parameters", net.numParams());
        attrs.put("native_layers", nativeLayers);
        TrialProvenance provenance = new TrialProvenance(r.seconds(), trial.seed(), data.sha256(), dl4jVersion,
                System.getProperty("java.version"), Devices.device(), Devices.backend(), trainingThreads,
                descriptorCaches, null, space.dataset().ref());
        attrs.putAll(provenance.toAttributes());
        byte[] model = artifacts.write(net, data.normalizer(),
                new ModelInfo(data.labelColumn(), data.labelNames(), data.featureNames(), plan.input(),
                        data.task().label(), data.regression() ? data.targetScale() : null));
        Map<String, Double> metrics = new LinkedHashMap<>(r.best().values());
        metrics.put("parameters", (double) net.numParams());
        metrics.put("train_seconds", r.seconds());
        metrics.put("model_bytes", (double) model.length);
        if (space.multiObjective() || !space.constraints().isEmpty()) {
            DataSplit timed = data.validation().size() > 0 ? data.validation() : data.train();
            metrics.put("inference_ms", InferenceTimer.medianMillis(net, timed.features()));
            attrs.put("inference_ms", metrics.get("inference_ms"));
            attrs.put("model_bytes", model.length);
        }
        return new Evaluation(metrics.get(space.objective().metric()), attrs, Map.of("model", model), metrics);
    }

    /**
     * The objective the trainer keeps the best epoch by: the space's first objective that is a validation
     * metric, or {@code val_loss} when every objective is a secondary metric.
     */
    private Objective trainingObjective() {
        return space.objectives().stream().filter(o -> !SECONDARY.contains(o.metric())).findFirst()
                .orElse(new Objective("val_loss", Direction.MINIMIZE));
    }

    /**
     * Restores the {@code model} artifact and scores it on the test split with the normalizer stored in the model
     * (on the oneDNN convolution where training used it, rather than DL4J's im2col over the whole split):
     * {@code test_accuracy}, {@code test_f1_macro}, {@code test_log_loss} and for two classes
     * {@code test_roc_auc}; for regression {@code test_mse}, {@code test_mae}, {@code test_r2} in the target's
     * units; empty when the split has no test rows.
     */
    @Override
    public Map<String, Object> scoreOnTest(TrialSnapshot trial, Map<String, byte[]> stored) throws Exception {
        byte[] bytes = stored.get("model");
        if (bytes == null) {
            throw new EvaluationException("trial " + trial.number() + " has no stored model");
        }
        PreparedData data = cache.get(space.dataset(), baseDir);
        if (data.test().size() == 0) {
            return Map.of();
        }
        TrainedModel model = artifacts.read(bytes);
        nd4j.installHelpers(model.network());
        INDArray x = data.test().rawFeatures().dup();
        if (model.normalizer() instanceof DataNormalization n) {
            n.transform(x);
        }
        INDArray scores = Outputs.of(model.network(), x);
        Map<String, Object> out = new LinkedHashMap<>();
        if (model.info().regression()) {
            double[] predicted = RegressionMetrics.values(scores, model.info().target());
            double[] truth = data.test().targets();
            out.put("test_mse", RegressionMetrics.mse(predicted, truth));
            out.put("test_mae", RegressionMetrics.mae(predicted, truth));
            out.put("test_r2", RegressionMetrics.r2(predicted, truth));
            return out;
        }
        Metrics.classification(scores, data.test().labels(), data.classes()).forEach((k, v) -> out.put("test_" + k, v));
        return out;
    }
}
