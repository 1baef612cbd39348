package org.doorway.teams;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.time.Clock;
import java.time.Duration;
import java.util.Arrays;
import java.util.Optional;
import org.doorway.DoorwayException;
import org.doorway.outbox.Outbox;
import org.doorway.teams.connector.ConnectorClient;
import org.doorway.teams.connector.ConnectorResult;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Learns the Teams id of a technologist whom the roster names by email only,
 * the first time they write to Doorway or add it. An activity carries the
 * sender's ids but not their email, so when someone Doorway does not know as
 * a technologist writes while some technologist has no Teams id, the courier
 * asks the conversation's roster who they are ({@code GET
 * …/conversations/{id}/members/{userId}}: email and sign-in name) and, when
 * they are that technologist, keeps their Entra ID object id
 * ({@link TeamsIds}). Through the outbox, so the answer to the activity never
 * waits for it and a failed call is tried again. Each person is looked up at
 * most once per instance in {@link #AGAIN_AFTER} (a bounded memory).
 * Every look-up also keeps the person's sign-in name ({@link SignInNames}),
 * which a chat link between two colleagues needs ({@link TeamsIntroductions}
 * asks for it). Thread-safe.
 */
final class MemberLookups {
    static final String OPERATION = "look-up-member";
    static final Duration AGAIN_AFTER = Duration.ofHours(6);
    private static final Logger log = LoggerFactory.getLogger(MemberLookups.class);
    private static final ObjectMapper json = new ObjectMapper();

    private final Cache<String, Boolean> asked = Caffeine.newBuilder().maximumSize(10_000)
            .expireAfterWrite(AGAIN_AFTER).build();
    private final TeamsIds ids;
    private final SignInNames names;
    private final Outbox outbox;
    private final Clock clock;

    MemberLookups(TeamsIds ids, SignInNames names, Outbox outbox, Clock clock) {
        this.ids = ids;
        this.names = names;
        this.outbox = outbox;
        this.clock = clock;
    }

    /** Someone wrote (or added Doorway): look them up when they might be a technologist Doorway cannot reach yet. */
    void noticed(InboundActivity activity) {
        if (activity.userId().isEmpty() || activity.userId().equals(activity.botId())
                || activity.serviceUrl().isEmpty() || activity.conversationId().isEmpty()
                || asked.getIfPresent(activity.personId()) != null) {
            return;
        }
        if (ids.known(activity.personId()) || ids.missing().isEmpty()) {
            return;
        }
        asked.put(activity.personId(), true);
        enqueue(outbox, new Lookup(activity.serviceUrl(), activity.conversationId(), activity.userId(),
                activity.userAadId()));
    }

    /** Queues a look-up, in the current unit of work. */
    static void enqueue(Outbox outbox, Lookup lookup) {
        outbox.enqueue(TeamsReplies.PLATFORM, OPERATION, TeamsReplies.lane("member:" + lookup.userId()),
                lookup.toJson());
    }

    /** The courier's part: ask the conversation's roster, and keep the id when it is a technologist's. */
    ConnectorResult lookUp(String payload, ConnectorClient connector) {
        Lookup lookup = Lookup.fromJson(payload);
        ConnectorResult result = connector.member(lookup.serviceUrl(), lookup.conversationId(), lookup.userId());
        if (!(result instanceof ConnectorResult.Read read)) {
            return result;
        }
        JsonNode member = read.body();
        String objectId = Optional.of(member.path("aadObjectId").asText("")).filter(id -> !id.isBlank())
                .orElse(lookup.aadObjectId().isBlank() ? lookup.userId() : lookup.aadObjectId());
        String email = member.path("email").asText("");
        String principalName = member.path("userPrincipalName").asText("");
        Optional.of(principalName.isBlank() ? email : principalName).filter(name -> name.contains("@"))
                .ifPresent(name -> names.remember(lookup.personId(), name.strip(), clock.instant()));
        Optional<String> learned = ids.learn(Arrays.asList(email, principalName), objectId, "conversation",
                clock.instant());
        learned.ifPresent(technologist -> log.info("Learned the Teams id of technologist {} from the conversation's "
                + "roster: Teams requests are routed to them again, and their cards reach them", technologist));
        return new ConnectorResult.Sent("");
    }

    /** Who to look up, and where: the payload of an outbox row. */
    record Lookup(String serviceUrl, String conversationId, String userId, String aadObjectId) {
        /** Whom the answer is about, as conversation keys name people: the object id when known, else the user id. */
        String personId() {
            return aadObjectId.isBlank() ? userId : aadObjectId;
        }

        String toJson() {
            return json.createObjectNode().put("serviceUrl", serviceUrl).put("conversationId", conversationId)
                    .put("userId", userId).put("aadObjectId", aadObjectId).toString();
        }

        static Lookup fromJson(String payload) {
            try {
                JsonNode node = json.readTree(payload);
                return new Lookup(node.path("serviceUrl").asText(), node.path("conversationId").asText(),
                        node.path("userId").asText(), node.path("aadObjectId").asText());
            } catch (JsonProcessingException unreadable) {
                throw new DoorwayException("an outbox row for a Teams member look-up is not JSON", unreadable);
            }
        }
    }
}
