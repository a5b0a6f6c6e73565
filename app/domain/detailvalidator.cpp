#include "detailvalidator.h"
