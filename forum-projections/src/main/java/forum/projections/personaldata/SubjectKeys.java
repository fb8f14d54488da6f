package forum.projections.personaldata;

import com.google.crypto.tink.Aead;
import com.google.crypto.tink.aead.AeadConfig;
import forum.projections.runtime.TenantScope;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.Base64;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Supplier;

/**
 * Seals and opens a data subject's personal data with the subject's own key (AES256-GCM, Tink), and erases the key.
 * A sealed value is {@code pd1:} and base64, so that a reader tells it from a value stored in clear text before.
 * The associated data names where the value belongs (event, field, aggregate): a sealed value moved elsewhere does
 * not open. Each method joins the caller's transaction and works under the subject's tenant for its statements.
 */
@Service
public class SubjectKeys {

    public static final String SEALED = "pd1:";

    /** The first byte of a Tink ciphertext that names its key (output prefix TINK). */
    private static final byte TINK_PREFIX = 1;

    private final SubjectKeyRows rows;
    private final TenantScope tenantScope;
    private final KeysetCache cache;
    private final WrappedKeys wrapped;

    SubjectKeys(SubjectKeyRows rows, TenantScope tenantScope, MasterKey masterKey,
                @Value("${forum.personal-data.cached-keys:10000}") int cachedKeys) throws GeneralSecurityException {
        AeadConfig.register();
        this.rows = rows;
        this.tenantScope = tenantScope;
        this.cache = new KeysetCache(cachedKeys);
        this.wrapped = new WrappedKeys(masterKey.aead());
    }

    public static boolean isSealed(String value) {
        return value != null && value.startsWith(SEALED);
    }

    /** The value sealed with the subject's key, created on the subject's first value. */
    @Transactional
    public String seal(UUID tenant, String subject, String plaintext, String associatedData) {
        Objects.requireNonNull(plaintext, "plaintext");
        Aead key = sealingKey(new DataSubject(tenant, subject));
        try {
            return SEALED + Base64.getEncoder().encodeToString(key.encrypt(utf8(plaintext), utf8(associatedData)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Could not seal a value of a data subject of tenant " + tenant, e);
        }
    }

    /**
     * The value in clear text; empty when the subject's key was erased (or never made). Refuses a value that is not
     * sealed, or that does not open with this subject's key and this associated data (moved, or altered).
     */
    @Transactional(readOnly = true)
    public Optional<String> open(UUID tenant, String subject, String sealed, String associatedData) {
        DataSubject who = new DataSubject(tenant, subject);
        return open(who, sealed, associatedData, () -> stored(who));
    }

    /**
     * The keys of these subjects of one tenant, read in one statement and locked as {@link #open} locks them (unless the
     * transaction {@link #holdErasures holds off} the tenant's erasures), for opening a batch of records: a consumer's
     * or a rebuild's. They are kept by the caller for the batch only, not by
     * the transaction nor the instance: a rebuild opens a key per issue, once.
     */
    @Transactional(readOnly = true)
    public OpenedKeys keysOf(UUID tenant, Collection<String> subjects) {
        boolean held = TransactionKeys.current(this, cache).holdsErasures(tenant);
        Map<String, byte[]> found = underTenant(tenant, () -> rows.findAll(tenant, subjects, held));
        Map<String, Aead> keys = new HashMap<>(found.size() * 2);
        found.forEach((subject, keyset) -> keys.put(subject, opened(new DataSubject(tenant, subject), keyset)));
        return new OpenedKeys(this, tenant, keys);
    }

    /**
     * Holds off every erasure of the tenant's subjects until the current transaction ends, so that {@link #keysOf} need
     * not lock each key it reads: for a transaction that opens many of one tenant's keys, a rebuild. It is the
     * transaction's first statement, before any row it writes, as erasures take their lock first ({@link
     * #lockForErasure}): neither then waits for a row the other holds.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public void holdErasures(UUID tenant) {
        rows.holdErasures(tenant);
        TransactionKeys.current(this, cache).heldErasures(tenant);
    }

    /**
     * Waits for the transactions that hold off the tenant's erasures (a rebuild) to end. An erasure's transaction calls
     * it before it writes anything, so that such a transaction never waits for the erasure's rows while it waits.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public void lockForErasure(UUID tenant) {
        rows.lockForErasure(tenant);
    }

    /** The sealed value opened with the subject's key if it has one. */
    Optional<String> open(DataSubject who, String sealed, String associatedData, Supplier<Optional<Aead>> key) {
        if (!isSealed(sealed)) {
            throw new IllegalArgumentException("Not a sealed value (no " + SEALED + " prefix)");
        }
        Optional<Aead> known = key.get();
        if (known.isEmpty()) {
            return Optional.empty();
        }
        byte[] ciphertext;
        try {
            ciphertext = Base64.getDecoder().decode(sealed.substring(SEALED.length()));
        } catch (IllegalArgumentException notBase64) {
            throw new IllegalArgumentException("A sealed value of " + who.subject() + " is not base64: altered",
                    notBase64);
        }
        try {
            return Optional.of(new String(known.get().decrypt(ciphertext, utf8(associatedData)), StandardCharsets.UTF_8));
        } catch (GeneralSecurityException e) {
            if (sealedWithAnErasedKey(who, ciphertext)) {
                return Optional.empty();
            }
            throw new IllegalArgumentException("A sealed value does not open with the key of " + who.subject()
                    + " and associated data " + associatedData + ": sealed for another subject or place, or altered", e);
        }
    }

    /**
     * Whether the value was sealed with a key of the subject that has been erased since: the subject got a new key
     * when a value of theirs was sealed after the erasure (a later decision of an erased meeting's record), and the
     * value names one of the subject's erased keys. Tink puts the key's id in each ciphertext's prefix.
     */
    private boolean sealedWithAnErasedKey(DataSubject subject, byte[] ciphertext) {
        if (ciphertext.length < 5 || ciphertext[0] != TINK_PREFIX) {
            return false;
        }
        int keyId = ByteBuffer.wrap(ciphertext, 1, 4).getInt();
        return underTenant(subject.tenant(), () -> rows.erasedKeyIds(subject)).contains(keyId);
    }

    /**
     * Deletes the subject's key, so that none of the subject's values sealed so far opens again; the row keeps the
     * key's id (sealedWithAnErasedKey). Idempotent.
     */
    @Transactional
    public void erase(UUID tenant, String subject) {
        DataSubject who = new DataSubject(tenant, subject);
        rows.lockForErasure(tenant);
        TransactionKeys.current(this, cache).erased(who);
        underTenant(tenant, () -> {
            rows.find(who).ifPresent(keyset -> rows.erase(who, keyIds(who, keyset)));
            return null;
        });
    }

    private Integer[] keyIds(DataSubject subject, byte[] keyset) {
        try {
            return wrapped.keyIds(subject, keyset);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("The key of data subject " + subject.subject() + " does not open with "
                    + MasterKey.PROPERTY, e);
        }
    }

    /**
     * The subject's key as the key table holds it now, read once per transaction and locked against its erasure until
     * the transaction ends: a value opened here is never written after its subject's erasure has committed. The
     * instance's cache is not asked, since another instance may have erased the key since.
     */
    private Optional<Aead> stored(DataSubject subject) {
        TransactionKeys transaction = TransactionKeys.current(this, cache);
        if (transaction.looked(subject)) {
            return Optional.ofNullable(transaction.get(subject));
        }
        long epoch = cache.epoch();
        Optional<Aead> stored = underTenant(subject.tenant(), () -> rows.find(subject).map(bytes -> opened(subject, bytes)));
        stored.ifPresent(key -> transaction.read(epoch, subject, key));
        return stored;
    }

    /**
     * The key that seals the subject's values: known to this transaction or instance, else the stored one, else a new
     * one. A new key is inserted first and looked up only when the subject had one already: sealing is mostly of
     * new subjects (each issue, each member), so that is one statement instead of two.
     */
    private Aead sealingKey(DataSubject subject) {
        TransactionKeys transaction = TransactionKeys.current(this, cache);
        Aead known = transaction.get(subject);
        if (known == null) {
            known = cache.get(subject);
        }
        if (known != null) {
            return known;
        }
        long epoch = cache.epoch();
        Aead stored = underTenant(subject.tenant(), () -> {
            byte[] created = newKeyset(subject);
            byte[] keyset = rows.insertFirst(subject, created) ? created : rows.find(subject).orElseThrow(
                    () -> new IllegalStateException("The key of " + subject.subject() + " was erased while sealing"));
            return opened(subject, keyset);
        });
        transaction.read(epoch, subject, stored);
        return stored;
    }

    /** Runs the statements under the subject's tenant, then gives the caller's transaction its own tenant back. */
    private <T> T underTenant(UUID tenant, Supplier<T> work) {
        UUID callers = tenantScope.tenant();
        tenantScope.enter(tenant);
        try {
            return work.get();
        } finally {
            if (!Objects.equals(callers, tenant)) {
                tenantScope.enter(callers);
            }
        }
    }

    private byte[] newKeyset(DataSubject subject) {
        try {
            return wrapped.create(subject);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Could not make a key for a data subject of tenant " + subject.tenant(), e);
        }
    }

    private Aead opened(DataSubject subject, byte[] keyset) {
        try {
            return wrapped.open(subject, keyset);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("The key of data subject " + subject.subject() + " of tenant "
                    + subject.tenant() + " does not open with " + MasterKey.PROPERTY + ": this is not the master key"
                    + " the subjects' keys were stored under (or the row was copied from another subject)", e);
        }
    }

    private static byte[] utf8(String text) {
        return text == null ? new byte[0] : text.getBytes(StandardCharsets.UTF_8);
    }
}
