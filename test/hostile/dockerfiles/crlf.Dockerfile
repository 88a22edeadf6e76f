FROM golang:1.26 AS build
RUN go build \
  -o /app .
FROM scratch
COPY --from=build /app /app
ENTRYPOINT ["/app"]
