package com.roleready.experimentation.application.port.in;

public interface DecideWinnerUseCase {

    WinnerDecision decide(WinnerQuery query);
}
