// Import list of package model in model of tishmal/dojo_bot (the import blocks of its non-test files; no code kept)
package model

import (
	_ "go.mongodb.org/mongo-driver/bson/primitive"
	_ "time"
)
