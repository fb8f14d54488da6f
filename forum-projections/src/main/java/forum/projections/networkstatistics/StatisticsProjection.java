package forum.projections.networkstatistics;

import forum.projections.stream.Projection;

/** A projection of the network statistics: fed by {@link NetworkStatisticsConsumer}, not by the read models' group. */
interface StatisticsProjection extends Projection {

    @Override
    default String group() {
        return NetworkStatisticsConsumer.GROUP;
    }
}
