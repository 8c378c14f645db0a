package io.automl.eval.datasets;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import io.automl.engine.StudyRecord;
import io.automl.engine.StudyState;
import java.io.IOException;
import java.util.List;

/**
 * Which studies use a named data set: those still RUNNING whose space (JSON or YAML) has
 * {@code "dataset": {"ref": NAME}}. A data set in use is not removed. Stateless and thread-safe.
 */
public final class DatasetUses {
    private final ObjectMapper yaml = new ObjectMapper(new YAMLFactory());

    /** The names of the running studies of {@code studies} that refer to {@code name}. */
    public List<String> runningStudiesUsing(String name, List<StudyRecord> studies) {
        return studies.stream().filter(s -> s.state() == StudyState.RUNNING && refers(s.spaceText(), name))
                .map(StudyRecord::name).toList();
    }

    private boolean refers(String spaceText, String name) {
        try {
            JsonNode ref = yaml.readTree(spaceText).at("/dataset/ref");
            return ref.isTextual() && ref.textValue().equals(name);
        } catch (IOException e) {
            return spaceText.contains(name); // unreadable text: err on the side of keeping the data
        }
    }

    /** Removes {@code name} from {@code registry} unless a running study of {@code studies} uses it. */
    public NamedDataset removeUnused(DatasetRegistry registry, String name, List<StudyRecord> studies) {
        List<String> users = runningStudiesUsing(name, studies);
        if (!users.isEmpty()) {
            throw new DatasetStoreException(DatasetStoreException.Kind.CONFLICT, "data set '" + name + "' is used by"
                    + " running " + (users.size() == 1 ? "study " : "studies ") + String.join(", ", users));
        }
        return registry.remove(name);
    }
}
