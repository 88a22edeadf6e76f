FROM golang:1.26 AS build
RUN <<EOF
go build ./...
echo never closed
