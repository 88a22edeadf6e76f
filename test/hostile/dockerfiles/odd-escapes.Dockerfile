FROM golang:1.26
RUN echo "\\" \\
RUN printf '%s\n' "\"" '\' "\$HOME" \
  # a comment inside

  && echo done
ENV A=\"\ B="\\\\" C='\'
LABEL "a\"b"=c
