// Import list of package main in . of pellizzetti/fsfc-simulator (the import blocks of its non-test files; no code kept)
package main

import (
	_ "fmt"
	_ "github.com/joho/godotenv"
	_ "github.com/pellizzetti/fsfc-simulator/application/kafka"
	_ "github.com/pellizzetti/fsfc-simulator/infra/kafka"
	_ "github.com/segmentio/kafka-go"
	_ "log"
)
