package com.roleready.notification.application.port.out;

import com.roleready.notification.domain.Delivery;
import com.roleready.notification.domain.DeliveryAttempt;
import java.util.List;

public record DeliveryLogPage(List<Entry> entries, long total) {

    public record Entry(Delivery delivery, List<DeliveryAttempt> attempts) {
    }
}
