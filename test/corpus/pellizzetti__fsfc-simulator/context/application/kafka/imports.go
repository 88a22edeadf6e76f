// Import list of package kafka in application/kafka of pellizzetti/fsfc-simulator (the import blocks of its non-test files; no code kept)
package kafka

import (
	_ "encoding/json"
	_ "github.com/pellizzetti/fsfc-simulator/application/route"
	_ "github.com/pellizzetti/fsfc-simulator/infra/kafka"
	_ "github.com/segmentio/kafka-go"
	_ "log"
	_ "os"
	_ "time"
)
