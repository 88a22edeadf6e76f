FROM golang:1.26
RUN echo ÿþÃ( í € ð(Œ¼
LABEL x=â‚
FROM scratch
