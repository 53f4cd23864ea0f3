package com.roleready.notification.application.port.in;

import com.roleready.notification.domain.DeliveryStats;
import java.time.Duration;

public interface ComputeDeliveryStatsUseCase {

    DeliveryStats statsOf(String userId, Duration window);
}
