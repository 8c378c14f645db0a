package io.automl.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.automl.engine.memory.InMemoryTrialStore;
import io.automl.space.Direction;
import io.automl.space.PrunerSpec;
import io.automl.space.SearchSpace;
import org.junit.jupiter.api.Test;

/** Opening studies by the name their space gives. */
class StudyCatalogTest {

    @Test
    void createsResumesAndRefusesADifferentSpaceUnderTheSameName() {
        try (TrialStore store = new InMemoryTrialStore()) {
            StudyCatalog catalog = new StudyCatalog(store);
            SearchSpace space = Spaces.branin("digits", Spaces.trials(3), Spaces.random(1), PrunerSpec.none());
            StudyRecord created = catalog.openOrCreate(space, "name: digits\ntrials: 3\n", "/data");
            assertEquals("digits", created.name());
            assertEquals(Direction.MINIMIZE, created.direction());
            assertEquals("/data", created.baseDir());
            StudyRecord resumed = catalog.openOrCreate(space, "name: digits\r\ntrials: 3   \r\n", "/elsewhere");
            assertEquals(created.id(), resumed.id());
            assertEquals(1, store.studies().size());
            IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                    () -> catalog.openOrCreate(space, "name: digits\ntrials: 4\n", "/data"));
            assertTrue(e.getMessage().contains("'digits'"), e.getMessage());
            assertTrue(e.getMessage().contains("choose another name"), e.getMessage());
        }
    }
}
