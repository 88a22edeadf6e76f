// Import list of package repository in internal/storage/repository of tishmal/dojo_bot (the import blocks of its non-test files; no code kept)
package repository

import (
	_ "context"
	_ "dojo_bot/model"
	_ "go.mongodb.org/mongo-driver/mongo"
	_ "log"
)
