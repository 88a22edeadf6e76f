# escape=xx
# escape=\
# escape=
FROM golang:1.26
RUN echo hi
