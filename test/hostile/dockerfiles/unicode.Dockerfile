FROM golang:1.26 AS билд
RUN echo ‮evil‬ 😀 ​
WORKDIR /éè
FROM scratch
COPY --from=билд /app /app
