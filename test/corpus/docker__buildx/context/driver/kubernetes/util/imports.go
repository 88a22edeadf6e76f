// Import list of package util in driver/kubernetes/util of docker/buildx (the import blocks of its non-test files; no code kept)
package util

import (
	_ "crypto/rand"
	_ "encoding/hex"
	_ "fmt"
	_ "github.com/docker/buildx/store"
	_ "github.com/google/uuid"
	_ "github.com/pkg/errors"
)
