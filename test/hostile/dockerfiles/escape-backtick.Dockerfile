# escape=`
FROM golang:1.26 AS build
RUN go build `
  -o /out/app `
  ./cmd/app
RUN echo \
FROM scratch
COPY --from=build /out/app /app
ENTRYPOINT ["/app"]
