module github.com/pellizzetti/fsfc-simulator

go 1.18

require (
	github.com/joho/godotenv v1.4.0
	github.com/segmentio/kafka-go v0.4.32
)

require (
	github.com/klauspost/compress v1.14.2 // indirect
	github.com/pierrec/lz4/v4 v4.1.14 // indirect
	github.com/xdg/scram v0.0.0-20180814205039-7eeb5667e42c // indirect
	github.com/xdg/stringprep v1.0.0 // indirect
	golang.org/x/crypto v0.0.0-20190506204251-e1dfcc566284 // indirect
	golang.org/x/text v0.3.0 // indirect
)
