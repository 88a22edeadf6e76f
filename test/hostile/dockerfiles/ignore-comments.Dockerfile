FROM golang:1.26
# go-container-ci ignore=
# go-container-ci ignore=,,,GC,ALL,GC99999
# go-container-ci ignore=GC101 ignore=GC102
RUN go build
