// Import list of package main in . of Bhaal22/ricardo_user_creation (the import blocks of its non-test files; no code kept)
package main

import (
	_ "github.com/Bhaal22/ricardo_user_creation/api"
	_ "github.com/Bhaal22/ricardo_user_creation/entities"
	_ "github.com/Bhaal22/ricardo_user_creation/events"
	_ "github.com/gin-gonic/gin"
	_ "github.com/jinzhu/gorm"
)
