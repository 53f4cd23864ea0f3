package com.roleready.notification.application.port.in;

import com.roleready.notification.application.port.out.PublishReceipt;
import java.util.List;

public interface PublishEventBatchUseCase {

    /**
     * Publishes every event of the batch as {@link PublishEventUseCase#publish} would, in one transaction (all or
     * none), and answers one receipt per event, in order. A key repeated within the batch, or seen before, gets the
     * first publish's receipt marked duplicate and creates nothing.
     */
    List<PublishReceipt> publishAll(PublishEventBatchCommand batch);
}
