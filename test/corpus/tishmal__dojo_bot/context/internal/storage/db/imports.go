// Import list of package db in internal/storage/db of tishmal/dojo_bot (the import blocks of its non-test files; no code kept)
package db

import (
	_ "context"
	_ "fmt"
	_ "go.mongodb.org/mongo-driver/mongo"
	_ "go.mongodb.org/mongo-driver/mongo/options"
	_ "log"
	_ "time"
)
