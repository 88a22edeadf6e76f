FROM
FROM --platform=
FROM --platform=$NOPE ${UNDEFINED}
FROM ${A:-${B:-${C:-${D}}}} AS
FROM a AS b AS c
FROM :latest
FROM @sha256:zz
FROM golang:1.26 AS 0
FROM golang:1.26 AS build
FROM build
