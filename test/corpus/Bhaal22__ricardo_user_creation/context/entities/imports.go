// Import list of package entities in entities of Bhaal22/ricardo_user_creation (the import blocks of its non-test files; no code kept)
package entities

import (
	_ "fmt"
	_ "github.com/jinzhu/gorm"
	_ "github.com/jinzhu/gorm/dialects/postgres"
)
