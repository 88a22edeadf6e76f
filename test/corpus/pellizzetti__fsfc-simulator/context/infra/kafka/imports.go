// Import list of package kafka in infra/kafka of pellizzetti/fsfc-simulator (the import blocks of its non-test files; no code kept)
package kafka

import (
	_ "context"
	_ "crypto/tls"
	_ "fmt"
	_ "github.com/segmentio/kafka-go"
	_ "github.com/segmentio/kafka-go/sasl/scram"
	_ "log"
	_ "os"
)
