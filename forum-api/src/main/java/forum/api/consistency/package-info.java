/** Read-your-writes over read models that Kafka fills: a write answers with the position of the events it appended
 *  ({@code Forum-Position}); a read naming it ({@code Forum-Await-Position}), or any read of the same user shortly
 *  after its write, waits a bounded moment until the projections have applied it. Public: {@link
 *  forum.api.consistency.ReadYourWrites}, {@link forum.api.consistency.Position}, {@link
 *  forum.api.consistency.PositionTokens}. */
package forum.api.consistency;
