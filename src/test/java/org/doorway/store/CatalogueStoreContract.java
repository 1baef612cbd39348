package org.doorway.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.doorway.catalogue.CatalogueFixture.catalogue;
import static org.doorway.catalogue.CatalogueFixture.tool;

import java.util.List;
import org.doorway.catalogue.Catalogue;
import org.doorway.catalogue.CatalogueChange;
import org.doorway.catalogue.CatalogueStore;
import org.doorway.catalogue.CatalogueYaml;
import org.doorway.catalogue.CatalogueFixture;
import org.doorway.catalogue.NeedsFixture;
import org.doorway.catalogue.ParsedCatalogue;
import org.doorway.catalogue.SupportStatus;
import org.doorway.catalogue.Tool;
import org.junit.jupiter.api.Test;

/** What every {@link CatalogueStore} must do, run against each real database. */
abstract class CatalogueStoreContract {

    abstract CatalogueStore store();

    /** The database behind {@link #store()}, to open an outer transaction. */
    abstract Database jdbi();

    @Test
    void freshStore_isEmptyAtRevisionZero() {
        assertThat(store().load().tools()).isEmpty();
        assertThat(store().load().needs()).isEqualTo(NeedsFixture.vocabulary());
        assertThat(store().revision()).isZero();
    }

    @Test
    void replace_storesEveryFieldAndKeepsFileOrder() {
        Catalogue full = ((ParsedCatalogue.Valid) new CatalogueYaml(NeedsFixture.vocabulary()).parse(CatalogueFixture.VALID_YAML)).catalogue();
        CatalogueChange change = store().replace(full);

        assertThat(change.added()).containsExactly("mentimeter", "moodle-forum");
        assertThat(store().load()).isEqualTo(full);
        assertThat(store().revision()).isEqualTo(1);
    }

    @Test
    void replace_reportsAddedChangedAndRemoved() {
        Tool a = tool("a-tool", "live-engagement", 3, SupportStatus.SUPPORTED);
        Tool b = tool("b-tool", "live-engagement", 2, SupportStatus.PILOT);
        Tool c = tool("c-tool", "formative-quiz", 2, SupportStatus.PILOT);
        store().replace(catalogue(a, b));

        Tool bChanged = tool("b-tool", "live-engagement", 3, SupportStatus.SUPPORTED);
        CatalogueChange change = store().replace(catalogue(bChanged, c));

        assertThat(change).isEqualTo(new CatalogueChange(List.of("c-tool"), List.of("b-tool"), List.of("a-tool")));
        assertThat(change.describe()).isEqualTo("added: c-tool; changed: b-tool; removed: a-tool");
        assertThat(store().load().tools()).containsExactly(bChanged, c);
        assertThat(store().revision()).isEqualTo(2);
    }

    @Test
    void replaceWithTheSame_changesNothingAndKeepsTheRevision() {
        Catalogue same = catalogue(tool("a-tool", "live-engagement", 3, SupportStatus.SUPPORTED));
        store().replace(same);

        CatalogueChange change = store().replace(same);

        assertThat(change.isEmpty()).isTrue();
        assertThat(change.describe()).isEqualTo("added: —; changed: —; removed: —");
        assertThat(store().revision()).isEqualTo(1);
    }

    @Test
    void replaceWithNothing_removesEverything() {
        store().replace(catalogue(tool("a-tool", "live-engagement", 3, SupportStatus.SUPPORTED)));

        assertThat(store().replace(catalogue()).removed()).containsExactly("a-tool");
        assertThat(store().load().tools()).isEmpty();
    }

    @Test
    void replaceInsideACallersTransaction_rollsBackWithIt() {
        Tool tool = tool("a-tool", "live-engagement", 3, SupportStatus.SUPPORTED);

        assertThatThrownBy(() -> jdbi().run(() -> {
            store().replace(catalogue(tool));
            throw new IllegalStateException("the caller's work failed");
        })).isInstanceOf(IllegalStateException.class);

        assertThat(store().load().tools()).isEmpty();
        assertThat(store().revision()).isZero();
    }
}
