ARG
ARG =
ARG ==
ARG A=${A}
ARG B=${B:-${B:-${B}}}
FROM golang:1.26
ENV
ENV A
ENV A=
ENV =B
ENV ${X}=${Y}
ARG TARGETARCH=${TARGETARCH:?required}
ENV PATH=${PATH:+${PATH}:}/x
ENV X=${
ENV Y=${Y:-
RUN echo ${X:0:1} ${#X} ${X/a/b} ${X%%*} $$ $? $! ${@} ${*}
