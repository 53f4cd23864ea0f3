package com.roleready.notification.application.port.out;

import java.util.UUID;

public interface DeleteEndpointPort {

    void delete(UUID endpointId);
}
