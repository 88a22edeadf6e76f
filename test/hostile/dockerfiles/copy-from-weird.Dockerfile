FROM golang:1.26 AS build
COPY --from= . .
COPY --from=999 /a /b
COPY --from=-1 /a /b
COPY --from=build --from=other /a /b
COPY --chown=::: --chmod=99999 --link=maybe . .
COPY
ADD --checksum=sha256:zz http://[::1/x /x
FROM scratch
COPY --from=0 /../../../etc/passwd /
