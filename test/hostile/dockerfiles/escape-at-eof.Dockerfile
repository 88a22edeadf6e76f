FROM golang:1.26
RUN echo a \
\
\
\