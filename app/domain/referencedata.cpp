#include "referencedata.h"
