package dev.frontdesk.entry;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.util.UUID;

/**
 * The global index from a public entry key to its tenant. Not tenant-filtered on purpose: it is read before any
 * tenant is known, and holds nothing but the mapping.
 */
@Entity
@Table(name = "entry_keys")
public class EntryKey {

  @Id
  @Column(name = "entry_key", length = 40)
  private String key;

  @Column(name = "tenant_id", nullable = false)
  private UUID tenantId;

  @Column(name = "entry_point_id", nullable = false)
  private UUID entryPointId;

  protected EntryKey() {}

  EntryKey(String key, UUID tenantId, UUID entryPointId) {
    this.key = key;
    this.tenantId = tenantId;
    this.entryPointId = entryPointId;
  }

  public UUID tenantId() {
    return tenantId;
  }

  public UUID entryPointId() {
    return entryPointId;
  }
}
