FROM golang:1.26
CMD ["a", 
ENTRYPOINT [
ENTRYPOINT ["/app" "x"]
ENTRYPOINT []
SHELL []
SHELL ["\u0000"]
CMD [1, 2, null, {"a": []}]
RUN ["go", "build"
HEALTHCHECK CMD ["curl"
HEALTHCHECK --interval=banana NONE x
