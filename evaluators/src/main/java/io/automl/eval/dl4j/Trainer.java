package io.automl.eval.dl4j;

import io.automl.eval.data.Permutations;
import io.automl.eval.EvaluationException;
import io.automl.eval.data.DataSplit;
import io.automl.engine.Trial;
import io.automl.engine.TrialPrunedException;
import io.automl.space.EarlyStopping;
import io.automl.space.Objective;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import java.util.Random;
import org.deeplearning4j.nn.multilayer.MultiLayerNetwork;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.dataset.DataSet;
import org.nd4j.linalg.factory.Nd4j;
import org.nd4j.linalg.indexing.INDArrayIndex;
import org.nd4j.linalg.indexing.NDArrayIndex;

/**
 * The epoch loop of one trial: shuffled minibatches drawn with the trial's seed, validation metrics
 * after each epoch (one forward pass over the validation split for a softmax classifier, {@link ValidationLoss}, in
 * chunks of rows, {@link Outputs}) (classification metrics over {@code classes}, or regression metrics in the target's units
 * when the validation split carries a regression target), {@code trial.report(epoch, objective)}, pruning, early stopping and the deadline.
 * Keeps a copy of the parameters of the best epoch by the objective and restores them into the network
 * at the end. Epochs count from 1. A training run is confined to its calling thread; the class itself
 * is stateless and thread-safe.
 */
public final class Trainer {
    private final Clock clock;

    public Trainer(Clock clock) {
        this.clock = java.util.Objects.requireNonNull(clock, "clock");
    }

    /**
     * Trains {@code net} for up to {@code maxEpochs} epochs.
     *
     * @throws TrialPrunedException when the trial's pruner asks to stop
     * @throws EvaluationException when the loss becomes NaN or infinite
     * @throws InterruptedException when the thread is interrupted
     */
    public TrainingResult train(MultiLayerNetwork net, DataSplit train, DataSplit validation, int classes,
            int batchSize, int maxEpochs, Objective objective, Optional<EarlyStopping> earlyStopping, Trial trial)
            throws TrialPrunedException, EvaluationException, InterruptedException {
        return train(net, train, validation, classes, batchSize, maxEpochs, objective, earlyStopping, trial,
                Augmenter.none());
    }

    /**
     * As above, each training minibatch (never a validation one) first passed through {@code augmenter} with the
     * trial's seeded generator.
     */
    public TrainingResult train(MultiLayerNetwork net, DataSplit train, DataSplit validation, int classes,
            int batchSize, int maxEpochs, Objective objective, Optional<EarlyStopping> earlyStopping, Trial trial,
            Augmenter augmenter) throws TrialPrunedException, EvaluationException, InterruptedException {
        java.util.Objects.requireNonNull(augmenter, "augmenter");
        long started = System.nanoTime();
        Random rnd = new Random(trial.seed());
        EarlyStopper stopper = earlyStopping.map(EarlyStopper::new).orElse(null);
        Optional<Instant> deadline = trial.deadline();
        INDArray bestParams = null;
        EpochMetrics best = null;
        int bestEpoch = 0;
        int epoch = 0;
        String reason = "max_epochs";
        while (epoch < maxEpochs) {
            epoch++;
            boolean late = runEpoch(net, train, batchSize, rnd, epoch, deadline, augmenter);
            // fit(DataSet) never advances DL4J's epoch count, which epoch-based learning-rate schedules read
            net.incrementEpochCount();
            EpochMetrics m = validate(net, validation, classes, epoch);
            double value = m.get(objective.metric());
            trial.report(epoch, value);
            if (best == null || objective.better(value, best.get(objective.metric()))) {
                best = m;
                bestEpoch = epoch;
                bestParams = net.params().dup();
            }
            if (trial.shouldPrune()) {
                throw new TrialPrunedException(epoch, value);
            }
            if (stopper != null && stopper.update(m) && epoch < maxEpochs) {
                reason = "early_stopping";
                break;
            }
            if (late || pastDeadline(deadline)) {
                reason = "deadline";
                break;
            }
        }
        net.setParams(bestParams);
        return new TrainingResult(epoch, bestEpoch, best, reason, (System.nanoTime() - started) / 1e9);
    }

    /** One pass over the training rows; returns true when the deadline cut it short. */
    private boolean runEpoch(MultiLayerNetwork net, DataSplit train, int batchSize, Random rnd, int epoch,
            Optional<Instant> deadline, Augmenter augmenter) throws EvaluationException, InterruptedException {
        int n = train.size();
        int[] order = Permutations.of(n, rnd);
        INDArray x = Nd4j.pullRows(train.features(), 1, order);
        INDArray y = Nd4j.pullRows(train.outputs(), 1, order);
        for (int start = 0; start < n; start += batchSize) {
            if (Thread.interrupted()) {
                throw new InterruptedException("training interrupted at epoch " + epoch);
            }
            if (start > 0 && pastDeadline(deadline)) {
                return true;
            }
            INDArrayIndex rows = NDArrayIndex.interval(start, Math.min(n, start + batchSize));
            INDArray features = augmenter.apply(x.get(rows, NDArrayIndex.all()), rnd);
            net.fit(new DataSet(features, y.get(rows, NDArrayIndex.all())));
            checkFinite(net.score(), epoch);
        }
        return false;
    }

    private static EpochMetrics validate(MultiLayerNetwork net, DataSplit validation, int classes, int epoch)
            throws EvaluationException {
        INDArray scores = Outputs.of(net, validation.features());
        double loss = ValidationLoss.fromProbabilities(net, scores, validation.outputs())
                .orElseGet(() -> net.score(validation.dataSet(), false));
        checkFinite(loss, epoch);
        if (validation.regression()) {
            return RegressionMetrics.of(RegressionMetrics.values(scores, validation.targetScale()),
                    validation.targets(), loss);
        }
        return Metrics.of(scores, validation.labels(), classes, loss);
    }

    private static void checkFinite(double loss, int epoch) throws EvaluationException {
        if (Double.isNaN(loss)) {
            throw new EvaluationException("loss became NaN at epoch " + epoch);
        }
        if (Double.isInfinite(loss)) {
            throw new EvaluationException("loss became infinite at epoch " + epoch);
        }
    }

    private boolean pastDeadline(Optional<Instant> deadline) {
        return deadline.isPresent() && !clock.instant().isBefore(deadline.get());
    }
}
