package com.roleready.notification.application.port.in;

import com.roleready.notification.application.port.out.DeliveryLogPage;
import com.roleready.notification.application.port.out.DeliveryLogQuery;

public interface ListDeliveryLogsUseCase {

    DeliveryLogPage logs(DeliveryLogQuery query);
}
